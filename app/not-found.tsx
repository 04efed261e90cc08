import { Link } from '../components/link';
import { t } from '../lib/site';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-bold text-muted">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-muted">{t('notFoundText')}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md border border-line px-4 py-2 hover:border-[var(--link)]"
      >
        {t('backHome')}
      </Link>
    </div>
  );
}
