// tests/support/browser.mjs — Debian's Chromium for browser tests, and the axe-core check every page must pass.
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'

/** Headless Chromium with the flags this machine's closed network needs. */
export function launchBrowser () {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

// axe checks markup, which is the same whichever database is behind the pages: the browser
// suites check it on SQLite, and on PostgreSQL walk the same journeys without it (about 45% of
// their time), unless FRONTDOOR_AXE_ON_BOTH is set.
const checksMarkup = process.env.FRONTDOOR_TEST_DATABASE !== 'postgresql' || Boolean(process.env.FRONTDOOR_AXE_ON_BOTH)

/** Fails, listing each problem and where, when axe finds any WCAG 2.2 A or AA violation. */
export async function expectAccessible (page, what) {
  if (!checksMarkup) return
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze()
  const problems = results.violations.map((violation) =>
    `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`)
  assert.deepEqual(problems, [], `${what} has accessibility problems`)
}

/** A new browser context signed in as `username` (password "purple tractor morning") at `url`,
 * which records script errors and failed assets in `problems`. `afterSignIn(page)` runs before the
 * page is back at `url` (a manager's two-step set-up). */
export async function signedInPage (browser, url, username, problems, afterSignIn = async () => {}) {
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`${username}: ${error.message}`))
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400) problems.push(`${username}: ${response.status()} ${response.url()}`)
  })
  await page.goto(url)
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password', { exact: true }).fill('purple tractor morning')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await afterSignIn(page)
  await page.waitForURL(url)
  return page
}
