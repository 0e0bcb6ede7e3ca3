// tests/e2e/pages.test.mjs — every page in Chromium, checked by axe-core for WCAG 2.2 A and AA, and the feedback journey.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { freshDatabase, startServer } from '../support/harness.mjs'

let database
let server
let browser
let context

before(async () => {
  database = freshDatabase()
  server = await startServer(database)
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' })
})

after(async () => {
  await browser?.close()
  await server?.stop()
  database?.drop()
})

async function expectAccessible (page, what) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze()
  const problems = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)
  assert.deepEqual(problems, [], `${what} has accessibility problems`)
}

async function openPage (path) {
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  // Console errors, less the browser's note of the page's own status (a 404 page is meant to be 404).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text())
  })
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400) errors.push(`${response.status()} ${response.url()}`)
  })
  page.on('requestfailed', (request) => errors.push(`failed ${request.url()}`))
  const response = await page.goto(`${server.url}${path}`)
  return { page, response, errors }
}

for (const [path, heading, status] of [
  ['/', "Children's front door", 200],
  ['/accessibility', 'Accessibility statement', 200],
  ['/feedback?page=/', 'Give feedback on this service', 200],
  ['/no-such-page', 'Page not found', 404]
]) {
  test(`${path} renders its heading, runs its scripts and passes axe`, async () => {
    const { page, response, errors } = await openPage(path)
    assert.equal(response.status(), status)
    assert.equal((await page.locator('h1').innerText()).trim(), heading)
    // GOV.UK Frontend started: the body is marked and no script failed (nor was blocked by the CSP).
    assert.match(await page.locator('body').getAttribute('class'), /govuk-frontend-supported/)
    assert.deepEqual(errors, [])
    await expectAccessible(page, path)
    await page.close()
  })
}

test('sending feedback: an empty form shows an error summary, then feedback is sent', async () => {
  const { page } = await openPage('/feedback?page=/accessibility')
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await page.waitForURL(`${server.url}/feedback`)
  const summary = page.locator('.govuk-error-summary')
  assert.equal(await summary.isVisible(), true)
  assert.match(await summary.innerText(), /Enter your feedback/)
  assert.match(await page.title(), /^Error: /)
  await expectAccessible(page, 'feedback form with an error')

  // The summary links to the field.
  await page.getByRole('link', { name: 'Enter your feedback' }).click()
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text')

  await page.getByLabel('Give feedback on this service').fill('The search should find nicknames.')
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await page.waitForURL(/\/feedback\/sent/)
  assert.equal((await page.locator('h1').innerText()).trim(), 'Feedback sent')
  await expectAccessible(page, 'feedback sent')
  assert.equal(await page.getByRole('link', { name: 'Go back to where you were' }).getAttribute('href'), '/accessibility')
  assert.equal(database.sql("SELECT count(*) FROM feedback WHERE text = 'The search should find nicknames.'"), '1')
  await page.close()
})
