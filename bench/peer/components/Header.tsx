import Link from 'next/link';

const links = [
  { href: '/', title: 'Home' },
  { href: '/blog', title: 'Blog' },
  { href: '/tags', title: 'Tags' },
];

export default function Header() {
  return (
    <header className="flex items-center justify-between py-10">
      <Link href="/" className="text-2xl font-semibold">
        Peer Blog
      </Link>
      <nav className="flex space-x-4">
        {links.map((l) => (
          <Link key={l.href} href={l.href} className="font-medium hover:text-primary-500">
            {l.title}
          </Link>
        ))}
      </nav>
    </header>
  );
}
