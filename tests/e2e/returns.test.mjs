// tests/e2e/returns.test.mjs — the performance role's returns: the census pre-flight lists each problem with a link to the record to correct, a file with problems is refused until forced, and Annex A downloads as a workbook and as one list in CSV; every page passes axe.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { expectAccessible, launchBrowser, signedInPage } from '../support/browser.mjs'
import { addUser, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server
let browser

before(async () => {
  database = databaseWithAccounts()
  const seeded = runFrontdoor(['demo-data', '--database', database.url])
  assert.equal(seeded.status, 0, seeded.stderr)
  addUser(database, 'test.performance', 'performance')
  server = await startServer(database, [], { migrate: false })
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
  database?.drop()
})

const heading = async (page) => (await page.locator('h1').innerText()).trim()

/** Clicks `what` and answers the file the browser saves: its suggested name and its bytes. */
async function download (page, what) {
  const [saved] = await Promise.all([page.waitForEvent('download'), what.click()])
  return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) }
}

test('the performance role checks the census, with a link to each record to correct, and downloads the returns', async () => {
  const problems = []
  const page = await signedInPage(browser, `${server.url}/`, 'test.performance', problems)
  await page.getByRole('link', { name: 'Returns' }).first().click()
  assert.equal(await heading(page), 'Returns')
  await expectAccessible(page, 'returns')

  // A census year not chosen: the error summary says so and links to the question.
  await page.getByRole('button', { name: 'Check the records' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Select a census year/)
  await expectAccessible(page, 'returns with an error')

  // This year's referrals are still being assessed: each problem names its rule and links to the record.
  const thisYear = await page.locator('input[name="year"]').first().getAttribute('value')
  await page.locator('input[name="year"]').first().check()
  await page.getByRole('button', { name: 'Check the records' }).click()
  assert.equal(await heading(page), `Children in Need census ${thisYear}`)
  await expectAccessible(page, 'census pre-flight')
  const rows = page.locator('#problem-list tbody tr')
  assert.ok(await rows.count() > 0, 'the demo referrals have problems to correct')
  assert.match(await rows.first().innerText(), /^8610/)
  const refused = await page.goto(`${server.url}/returns/census/file?year=${thisYear}`)
  assert.equal(refused.status(), 409)
  assert.match(await page.locator('.govuk-error-summary').innerText(), /The census file was not made/)
  await expectAccessible(page, 'census refused')
  const forced = await download(page, page.getByRole('link', { name: 'Download it anyway' }))
  assert.equal(forced.name, `cin-census-${thisYear}.xml`)
  assert.match(forced.bytes.toString(), /<CINreferralDate>/)
  // The link is the page a practitioner or manager corrects it on (the performance role reads no case records).
  assert.match(await rows.first().getByRole('link').getAttribute('href'), /^\/contacts\/\d+\/children\/\d+\/steps$/)

  // Annex A for the year to date, as the workbook and as list 3.
  await page.goto(`${server.url}/returns`)
  const today = new Date()
  await page.locator('#from').fill('1')
  await page.locator('#from-month').fill('4')
  await page.locator('#from-year').fill(String(today.getMonth() < 3 ? today.getFullYear() - 1 : today.getFullYear()))
  await page.locator('#to').fill(String(today.getDate()))
  await page.locator('#to-month').fill(String(today.getMonth() + 1))
  await page.locator('#to-year').fill(String(today.getFullYear()))
  const workbook = await download(page, page.getByRole('button', { name: 'Download Annex A' }))
  assert.match(workbook.name, /^annex-a-\d{4}-04-01-to-\d{4}-\d{2}-\d{2}\.xlsx$/)
  assert.equal(workbook.bytes.subarray(0, 2).toString(), 'PK')
  await page.getByLabel('List 3 (referrals) as CSV').check()
  const referrals = await download(page, page.getByRole('button', { name: 'Download Annex A' }))
  assert.match(referrals.name, /^annex-a-list-3-referrals-/)
  const lines = referrals.bytes.toString().trim().split('\r\n')
  assert.match(lines[0], /^Child Unique ID,Gender,Ethnicity,Date of Birth,/)
  assert.ok(lines.length > 1, 'the demo referrals are listed')
  assert.deepEqual(problems, [])
})
