import Link from 'next/link';

export default function Pagination({ current, total }: { current: number; total: number }) {
  const href = (page: number) => (page === 1 ? '/blog' : `/blog/page/${page}`);
  return (
    <nav className="flex justify-between pt-6 pb-8">
      {current > 1 ? (
        <Link href={href(current - 1)} rel="prev">
          Previous
        </Link>
      ) : (
        <span className="opacity-50">Previous</span>
      )}
      <span>
        {current} of {total}
      </span>
      {current < total ? (
        <Link href={href(current + 1)} rel="next">
          Next
        </Link>
      ) : (
        <span className="opacity-50">Next</span>
      )}
    </nav>
  );
}
