// tests/e2e/returns.test.mjs — data out and in. The performance role's returns: the census pre-flight lists each problem with a link to the record to correct, a file with problems is refused until forced, a year before 2024-25 says how its file differs, and Annex A downloads as a workbook and as one list in CSV. A census brought in at the command line leaves a child who might be someone already recorded for a manager, who matches them on the review list; so does a person from the CSV files, shown by name. Every page passes axe.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectAccessible, launchBrowser, signedInPage } from '../support/browser.mjs'
import { addUser, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'
import { totp } from '../support/totp.mjs'

let database
let server
let browser

before(async () => {
  database = databaseWithAccounts()
  const seeded = runFrontdoor(['demo-data', '--database', database.url])
  assert.equal(seeded.status, 0, seeded.stderr)
  addUser(database, 'test.performance', 'performance')
  addUser(database, 'test.manager', 'manager')
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

test('the performance role checks the census, with each child id to pass on, and downloads the returns', async () => {
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
  // The performance role reads no case records: the child's id to pass on, not a link it would be refused.
  assert.equal(await rows.first().getByRole('link').count(), 0)
  assert.match(await rows.first().innerText(), /C\d{7}/)
  assert.match(await page.locator('main').innerText(), /Send each child's id/)

  // The earliest year offered, 2019-20, was made with GenderCurrent: its page says so.
  await page.goto(`${server.url}/returns`)
  await page.locator('input[name="year"]').last().check()
  await page.getByRole('button', { name: 'Check the records' }).click()
  assert.equal(await heading(page), 'Children in Need census 2019-20')
  assert.match(await page.locator('#earlier-structure').innerText(), /checked against the rules of 2024-25/)
  await expectAccessible(page, 'census of an earlier year')

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

test('a census child born the same day as a recorded child waits for a manager, who matches them', async () => {
  // A census from the council's old system: a boy born the same day as the demo family's Jayden.
  const born = database.sql('SELECT date_of_birth FROM people WHERE id = 2')
  const folder = mkdtempSync(join(tmpdir(), 'census-in-'))
  const file = join(folder, 'old-system-2025-26.xml')
  writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>
<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
<Source><SourceLevel>L</SourceLevel><LEA>852</LEA><SoftwareCode>Old system</SoftwareCode></Source></Header><Children>
<Child><ChildIdentifiers><LAchildID>OLD77</LAchildID><FormerUPN>W801200106001</FormerUPN><PersonBirthDate>${born}</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
<CINdetails><CINreferralDate>2025-09-01</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N4</PrimaryNeedCode>
<CINclosureDate>2025-10-20</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>
<Assessments><AssessmentActualStartDate>2025-09-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-10-15</AssessmentAuthorisationDate>
<FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
<ReferralNFA>false</ReferralNFA></CINdetails></Child>
</Children></Message>
`)
  try {
    const imported = runFrontdoor(['import', 'census', file, '--database', database.url])
    assert.equal(imported.status, 0, imported.stderr)
    assert.match(imported.stdout, /1 for a manager to review/)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }

  const problems = []
  const page = await signedInPage(browser, `${server.url}/`, 'test.manager', problems, async (signing) => {
    await signing.waitForURL(/\/two-step\/setup/)
    await signing.getByLabel('Code from the app').fill(totp((await signing.locator('#secret').innerText()).trim()))
    await signing.getByRole('button', { name: 'Continue' }).click()
    await signing.getByRole('button', { name: 'I have kept my codes, continue' }).click()
  })
  await page.getByRole('link', { name: 'Children to match' }).first().click()
  assert.equal(await heading(page), 'Children to match')
  await expectAccessible(page, 'children to match')
  await page.locator('#reviews').getByRole('link', { name: 'OLD77' }).click()
  assert.equal(await heading(page), 'Which record is this child?')
  assert.equal((await page.locator('#former-upn').innerText()).trim(), 'W801200106001')
  await expectAccessible(page, 'which record is this child')

  // Nothing chosen: refused, saying so beside the question.
  await page.getByRole('button', { name: 'Bring in their history' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Choose one of the records listed, or a new record/)
  await expectAccessible(page, 'which record, refused')
  await page.getByLabel(/^Jayden /).check()
  await page.getByRole('button', { name: 'Bring in their history' }).click()
  await page.waitForURL(`${server.url}/imports/reviews?resolved=matched`)
  assert.match(await page.locator('#resolved').innerText(), /It was matched/)
  assert.match(await page.locator('#no-reviews').innerText(), /No children are waiting/)

  // The referral is on Jayden's journey, saying where it came from.
  await page.goto(`${server.url}/people/2/journey`)
  assert.match(await page.locator('main').innerText(), /Brought in from the Children in Need census 2025-26 \(old-system-2025-26\.xml\)/)
  await expectAccessible(page, 'journey with imported history')

  // Another system's CSV files name a Jaden Smith born the same day: he waits too, shown by name.
  const csvFolder = mkdtempSync(join(tmpdir(), 'csv-in-'))
  try {
    const people = join(csvFolder, 'people.csv')
    writeFileSync(people, `person_id,given_name,family_name,date_of_birth,sex\nX9,Jaden,Smith,${born.slice(0, 10)},M\n`)
    const imported = runFrontdoor(['import', 'csv', '--database', database.url, '--source', 'liquidlogic', '--people', people])
    assert.equal(imported.status, 0, imported.stderr)
    assert.match(imported.stdout, /1 for a manager to review/)
  } finally {
    rmSync(csvFolder, { recursive: true, force: true })
  }
  await page.goto(`${server.url}/imports/reviews`)
  await page.locator('#reviews').getByRole('link', { name: 'X9 (Jaden Smith)' }).click()
  assert.equal(await heading(page), 'Which record is this person?')
  assert.match(await page.locator('#child-in-file').innerText(), /Name\s+Jaden Smith/)
  await expectAccessible(page, 'which record is this person')
  await page.getByLabel('None of these: a new record').check()
  await page.getByRole('button', { name: 'Bring in their history' }).click()
  await page.waitForURL(`${server.url}/imports/reviews?resolved=new`)
  assert.match(await page.locator('#resolved').innerText(), /A new record was made/)
  assert.equal(database.sql("SELECT count(*) FROM people WHERE given_name = 'Jaden' AND family_name = 'Smith'"), '1')
  assert.deepEqual(problems, [])
})
