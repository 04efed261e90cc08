import { slug } from 'github-slugger';
import Link from 'next/link';

export default function Tag({ text }: { text: string }) {
  return (
    <Link
      href={`/tags/${slug(text)}`}
      className="mr-3 text-sm font-medium text-primary-500 uppercase hover:text-primary-600"
    >
      {text.split(' ').join('-')}
    </Link>
  );
}
