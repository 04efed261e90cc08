import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM } from './scripts/chromium';

/**
 * Run through `tsx scripts/e2e.ts` (`npm run test:e2e`), which builds and starts the two site
 * variants and passes their origins in SEED_URL / FIXTURE_URL. Spec files pick their variant and
 * device by suffix: `*.seed.spec.ts`, `*.phone.spec.ts` (seed site on a phone),
 * `*.fixture.spec.ts`, `*.fixture-phone.spec.ts`.
 */
const seedURL = process.env.SEED_URL ?? 'http://localhost:4311';
const fixtureURL = process.env.FIXTURE_URL ?? 'http://localhost:4312';
const chirpyURL = process.env.CHIRPY_URL ?? 'http://localhost:4313';
const importedURL = process.env.IMPORTED_URL ?? 'http://localhost:4315';
const englishURL = process.env.ENGLISH_URL ?? 'http://localhost:4317';
// The static export under its base path (scripts/e2e.ts's "export" variant): the specs read the base
// path from it; baseURL is the origin, so `page.goto('/blog/…')` names the path a reader requests.
const exportURL = new URL(process.env.EXPORT_URL ?? 'http://localhost:4316/blog');

const desktop = {
  ...devices['Desktop Chrome'],
  // Wide enough for the sticky side TOC (≥ 1280 px).
  viewport: { width: 1440, height: 900 },
  launchOptions: CHROMIUM,
};

const phone = {
  browserName: 'chromium' as const,
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
  launchOptions: CHROMIUM,
};

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    // A reader far from the site's zone (UTC+14): dates must still be shown in Asia/Shanghai.
    locale: 'zh-CN',
    timezoneId: 'Pacific/Kiritimati',
    colorScheme: 'light',
    trace: 'off',
    screenshot: 'only-on-failure',
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'seed', testMatch: /\.seed\.spec\.ts$/, use: { ...desktop, baseURL: seedURL } },
    { name: 'phone', testMatch: /\.phone\.spec\.ts$/, use: { ...phone, baseURL: seedURL } },
    {
      name: 'fixture',
      testMatch: /\.fixture\.spec\.ts$/,
      // An English-speaking browser: the UI language comes from the site config, not the browser.
      use: { ...desktop, baseURL: fixtureURL, locale: 'en-US' },
    },
    {
      name: 'fixture-phone',
      testMatch: /\.fixture-phone\.spec\.ts$/,
      use: { ...phone, baseURL: fixtureURL },
    },
    { name: 'chirpy', testMatch: /\/chirpy\.[\w-]+\.spec\.ts$/, use: { ...desktop, baseURL: chirpyURL } },
    // The fixture Chirpy site after `npm run import` (scripts/imported-site.ts).
    {
      name: 'imported',
      testMatch: /\/imported\.[\w-]+\.spec\.ts$/,
      use: { ...desktop, baseURL: importedURL },
    },
    // The chirpy notes as a static export under `/blog`, served as GitHub Pages would.
    {
      name: 'export',
      testMatch: /\/export\.[\w-]+\.spec\.ts$/,
      use: { ...desktop, baseURL: exportURL.origin },
    },
    // The site with its interface in English (XIAOJI_LOCALE=en), read by an English-speaking browser.
    {
      name: 'english',
      testMatch: /\/[\w-]+\.english\.spec\.ts$/,
      use: { ...desktop, baseURL: englishURL, locale: 'en-US' },
    },
  ],
});
