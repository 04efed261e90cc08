import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentErrors } from '../components/content-errors';
import { Analytics } from '../components/islands/analytics';
import { LinkNavigation } from '../components/islands/link-navigation';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';
import { getListedNotes, getPage } from '../lib/content';
import { feedAlternates } from '../lib/feeds/metadata';
import { analyticsScript } from '../lib/settings/analytics';
import { buildCsp } from '../lib/settings/csp';
import { siteRootUrl, t } from '../lib/site';
import { isStaticExport } from '../lib/static-export';
import { themeScript } from '../lib/theme-script';
import { zhHeadScript } from '../lib/zh/head-script';
import { siteConfig } from '../site.config';
import './globals.css';
import { PAGE_IDS } from '../lib/page-ids';

export const metadata: Metadata = {
  metadataBase: siteRootUrl,
  title: { default: siteConfig.title, template: `%s | ${siteConfig.title}` },
  description: siteConfig.description,
  authors: [{ name: siteConfig.author }],
  alternates: { canonical: '/', types: feedAlternates() },
  openGraph: {
    type: 'website',
    siteName: siteConfig.title,
    title: siteConfig.title,
    description: siteConfig.description,
    locale: siteConfig.locale.replace('-', '_'),
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fcfcfd' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const analytics = siteConfig.analytics;
  const script = analytics ? analyticsScript(analytics) : null;
  return (
    // The head script sets data-theme before paint, so the server markup differs on purpose.
    <html lang={siteConfig.locale} suppressHydrationWarning>
      <head>
        {/* A static export has no response headers: its policy comes first in <head>, before any script. */}
        {isStaticExport ? (
          <meta
            httpEquiv="Content-Security-Policy"
            content={buildCsp({ dev: false, analytics, meta: true })}
          />
        ) : null}
        {/* A constant script, no user input. */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        <script dangerouslySetInnerHTML={{ __html: zhHeadScript }} />
      </head>
      <body className="flex min-h-screen flex-col antialiased">
        <a
          href={`#${PAGE_IDS.main}`}
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-[var(--card-bg)] focus:px-3 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader hasAbout={getPage('about') !== undefined} hasNotes={getListedNotes().length > 0} />
        <ContentErrors />
        <main id={PAGE_IDS.main} className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <LinkNavigation />
        {analytics && script ? (
          <Analytics
            provider={analytics.provider}
            id={analytics.id}
            src={script.src}
            data={JSON.stringify(script.data)}
          />
        ) : null}
      </body>
    </html>
  );
}
