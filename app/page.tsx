import { notFound } from 'next/navigation';
import { HomeListing } from '../components/home-listing';
import { getHomePage } from '../lib/content';

export default function HomePage() {
  const listing = getHomePage(1);
  if (!listing) notFound();
  return <HomeListing listing={listing} />;
}
