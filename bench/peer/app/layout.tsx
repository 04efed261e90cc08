import '@/css/tailwind.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Header from '@/components/Header';

export const metadata: Metadata = {
  title: { default: 'Peer Blog', template: '%s | Peer Blog' },
  description: 'A small blog in the style of tailwind-nextjs-starter-blog, for the xiaoji benchmark.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="scroll-smooth">
      <body className="bg-white font-sans text-black antialiased dark:bg-gray-950 dark:text-white">
        <div className="mx-auto max-w-3xl px-4 sm:px-6 xl:max-w-5xl xl:px-0">
          <Header />
          <main className="mb-auto">{children}</main>
          <footer className="mt-16 mb-8 text-center text-sm text-gray-500">Peer Blog</footer>
        </div>
      </body>
    </html>
  );
}
