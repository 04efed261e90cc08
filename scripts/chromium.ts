/**
 * Chromium as every test and benchmark launches it: Debian's (`/usr/bin/chromium`, or CHROMIUM_PATH),
 * never a downloaded one, with the flags a headless run in a container needs.
 */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
