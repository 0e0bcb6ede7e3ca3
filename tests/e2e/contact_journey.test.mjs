// tests/e2e/contact_journey.test.mjs — a practitioner finds a known child despite misspelling, records a contact about him and his sister, and sees it on his journey.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, launchBrowser } from '../support/browser.mjs'
import { databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server
let browser

before(async () => {
  database = databaseWithAccounts()
  const seeded = runFrontdoor(['demo-data', '--database', database.url])
  assert.equal(seeded.status, 0, seeded.stderr)
  server = await startServer(database, [], { migrate: false })
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
  database?.drop()
})

test('search "Jaden Smyth", find Jayden Smith, record a contact about him and his sister, see it on his journey', async () => {
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' })
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
  })

  await page.goto(`${server.url}/people`)
  await page.getByLabel('Username').fill('test.practitioner')
  await page.getByLabel('Password').fill('purple tractor morning')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${server.url}/people`)
  await expectAccessible(page, 'search form')

  // An empty search says what to fill in.
  await page.getByRole('button', { name: 'Search' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter a name, date of birth, postcode or identifier/)
  await expectAccessible(page, 'search with an error')

  await page.getByLabel('Name').fill('Jaden Smyth')
  await page.getByLabel('Date of birth').fill('2015-05-14')
  await page.getByRole('button', { name: 'Search' }).click()
  const first = page.locator('.frontdoor-match').first()
  assert.match(await first.innerText(), /Jayden Smith/)
  assert.match(await first.innerText(), /same date of birth/)
  assert.match(await first.innerText(), /family name Smith sounds like Smyth/)
  await expectAccessible(page, 'search results')

  await first.getByRole('link', { name: 'Jayden Smith' }).click()
  assert.equal((await page.locator('h1').innerText()).trim(), 'Jayden Smith')
  await expectAccessible(page, "Jayden's record")

  await page.getByRole('button', { name: 'Record a contact about Jayden' }).click()
  assert.equal((await page.locator('h1').innerText()).trim(), 'Record a contact')
  assert.equal(await page.getByLabel('Jayden Smith').isChecked(), true)
  await expectAccessible(page, 'contact form')

  // Saving with nothing filled in: every missing part is named, and nothing is kept.
  await page.getByLabel('The concern, in their words').fill('')
  await page.getByRole('button', { name: 'Save contact' }).click()
  const summary = await page.locator('.govuk-error-summary').innerText()
  for (const message of [/Choose how the contact was made/, /Choose who made the contact/, /Enter the name of the person making the contact/,
    /Enter the concern/, /Choose whether the family agreed/, /Choose how urgent/]) assert.match(summary, message)
  await expectAccessible(page, 'contact form with errors')
  assert.equal(database.sql('SELECT count(*) FROM contacts'), '1')

  await page.getByLabel('Amelia Smith (lives with Jayden)').check()
  await page.getByLabel('Phone', { exact: true }).check()
  await page.getByLabel('Who they are').selectOption({ label: 'A school' })
  await page.getByLabel('Their name').fill('Mrs Patel')
  await page.getByLabel('Their role (optional)').fill('Designated safeguarding lead')
  await page.getByLabel('Their organisation (optional)').fill('Bitterne Park Primary School')
  await page.getByLabel('The concern, in their words').fill('Jayden came to school with a bruise on his arm and said he was scared to go home. His sister Amelia was upset at the gate. The SW was not told.')
  // As you type, the script lists plainer words.
  await page.locator('#concern-language li').first().waitFor()
  assert.match(await page.locator('#concern-language').innerText(), /"SW" may not be understood: write "social worker"/)
  await page.getByLabel('Yes, the family agreed').check()
  await page.getByLabel('Needs a response today').check()
  await page.getByRole('button', { name: 'Save contact' }).click()

  await page.waitForURL(/\/contacts\/\d+\?created=1/)
  const reference = (await page.locator('#contact-reference').innerText()).trim()
  assert.match(reference, /^[A-Z2-9]{3}-[A-Z2-9]{3}$/)
  const card = (name) => page.locator('.govuk-summary-card').filter({ has: page.locator('h3', { hasText: name }) })
  const jayden = card('Jayden Smith')
  assert.match(await jayden.innerText(), /Re-referral/)
  assert.doesNotMatch(await card('Amelia Smith').innerText(), /Re-referral/)
  assert.match(await card('Amelia Smith').innerText(), /Jayden Smith: 1 contact in the last 12 months/)
  assert.match(await page.locator('.frontdoor-language-warning').first().innerText(), /"SW" may not be understood/)
  await expectAccessible(page, 'contact saved')

  await jayden.getByRole('link', { name: /Journey/ }).click()
  assert.equal((await page.locator('h1').innerText()).trim(), "Jayden's journey")
  const newest = page.locator('.moj-timeline__item').first()
  assert.match(await newest.innerText(), /Contact from a school/)
  assert.match(await newest.innerText(), new RegExp(`Reference ${reference}`))
  // Earlier: the police contact eight months ago and the manager's decision on it.
  assert.match(await page.locator('#journey').innerText(), /Decision: Single assessment \(section 17\) at level 3[\s\S]*Contact from police/)
  assert.match(await page.locator('.govuk-grid-column-one-third').innerText(), /Amelia Smith/)
  await expectAccessible(page, 'journey')
  assert.deepEqual(problems, [])
  await context.close()
})
