import { Browser, chromium } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (no browser download). `.ci/run` installs it when missing. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
