// tests/e2e/contact_journey.test.mjs — a practitioner finds a known child despite misspelling, records a contact about him and his sister, and sees it on his journey; records corrected, each change from and to on the journey; an auditor offered no change they cannot make; a time-out warning, and typing kept across the session ending.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, launchBrowser, signedInPage } from '../support/browser.mjs'
import { addUser, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server
let browser

before(async () => {
  database = databaseWithAccounts()
  const seeded = runFrontdoor(['demo-data', '--database', database.url])
  assert.equal(seeded.status, 0, seeded.stderr)
  addUser(database, 'test.auditor', 'auditor')
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
  await page.getByLabel('Password', { exact: true }).fill('purple tractor morning')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${server.url}/people`)
  await expectAccessible(page, 'search form')

  // An empty search says what to fill in.
  await page.getByRole('button', { name: 'Search' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter a name, date of birth, postcode or identifier/)
  await expectAccessible(page, 'search with an error')

  await page.getByLabel('Name').fill('Jaden Smyth')
  // The date is typed as people write it, in three boxes.
  const born = page.getByRole('group', { name: 'Date of birth' })
  await born.getByLabel('Day').fill('14')
  await born.getByLabel('Month').fill('5')
  await born.getByLabel('Year').fill('2015')
  await page.getByRole('button', { name: 'Search' }).click()
  const first = page.locator('.frontdoor-match').first()
  await first.waitFor()
  // The results' address carries the search sealed, not the name and date of birth: they stay
  // out of the browser's history.
  assert.match(page.url(), /\/people\?search=[\w-]+$/)
  assert.doesNotMatch(page.url(), /Smyth|Jaden|2015/)
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

/** A signed-in person's browser at `path`; script errors and failed assets go in `problems`. */
const signedIn = (username, path, problems) => signedInPage(browser, `${server.url}${path}`, username, problems)

test('a practitioner corrects Jan\'s date of birth, his move and his mother\'s relationship, and amends a contact: each shows from and to on his journey', async () => {
  const problems = []
  const found = await signedIn('test.practitioner', '/people', problems)
  await found.getByLabel('Name').fill('Jan Nowak')
  await found.getByRole('button', { name: 'Search' }).click()
  await found.locator('.frontdoor-match').first().getByRole('link', { name: 'Jan Nowak' }).click()
  const profile = found.url()

  // The date of birth was typed wrong: Change, then the date in three boxes.
  await found.locator('#details .govuk-summary-list__row', { hasText: 'Date of birth' }).getByRole('link', { name: /Change/ }).click()
  assert.equal((await found.locator('h1').innerText()).trim(), "Correct Jan Nowak's details")
  await expectAccessible(found, 'correction form')
  const born = found.getByRole('group', { name: 'Date of birth (if known)' })
  assert.equal(await born.getByLabel('Day').inputValue(), '9')
  await born.getByLabel('Month').fill('Feb')
  await born.getByLabel('Day').fill('31')
  await found.getByRole('button', { name: 'Save the corrections' }).click()
  assert.match(await found.locator('.govuk-error-summary').innerText(), /Date of birth must be a real date: February \d{4} has 2[89] days/)
  // What was typed stays in the boxes, and only the day is marked as the one to mend.
  assert.equal(await born.getByLabel('Day').inputValue(), '31')
  assert.match(await born.getByLabel('Day').getAttribute('class'), /govuk-input--error/)
  assert.doesNotMatch(await born.getByLabel('Month').getAttribute('class'), /govuk-input--error/)
  await expectAccessible(found, 'correction form with an error')
  await born.getByLabel('Day').fill('19')
  await born.getByLabel('Month').fill('1')
  await found.getByLabel('Why are the details changing?').fill('Birth certificate seen at the school')
  await found.getByRole('button', { name: 'Save the corrections' }).click()
  await found.waitForURL(/\/people\/\d+\?corrected=details$/)
  assert.match(await found.locator('#corrected').innerText(), /Correction saved/)
  assert.match(await found.locator('#details').innerText(), /Date of birth\s+19 January 2016/)
  await expectAccessible(found, 'record after a correction')

  // He moved out of 22 Shirley High Street.
  await found.getByRole('link', { name: /Jan moved out/ }).click()
  await expectAccessible(found, 'moved out form')
  const out = found.getByRole('group', { name: 'The day they moved out' })
  await out.getByLabel('Day').fill('1')
  await out.getByLabel('Month').fill('11')
  await out.getByLabel('Year').fill('2026')
  // To his father's new flat: an address that is not one is refused, and nothing changes.
  await found.getByLabel('Address line 1').fill('Flat 2, 9 Portswood Road')
  await found.getByLabel('Postcode').fill('nowhere')
  await found.getByRole('button', { name: 'Record that they moved out' }).click()
  assert.match(await found.locator('.govuk-error-summary').innerText(), /Enter the town|postcode/i)
  await expectAccessible(found, 'moved out form with errors')
  await found.getByLabel('Town or city').fill('Southampton')
  await found.getByLabel('Postcode').fill('so17 2aa')
  await found.getByRole('button', { name: 'Record that they moved out' }).click()
  await found.waitForURL(/\?corrected=move$/)
  assert.match(await found.locator('#corrected').innerText(), /Move saved/)
  assert.match(await found.locator('.govuk-summary-card', { hasText: '22 Shirley High Street' }).innerText(), /to 1 November 2026/)
  assert.match(await found.locator('.govuk-summary-card', { hasText: '9 Portswood Road' }).innerText(), /Jan lives here from 1 November 2026/)
  assert.equal(await found.locator('.govuk-summary-card', { hasText: '22 Shirley High Street' }).getByRole('link', { name: /moved out/ }).count(), 0)

  // His father's partner lives at the new flat: the form names it and asks since when.
  const jansRecord = found.url()
  await found.locator('.govuk-summary-card', { hasText: '9 Portswood Road' }).getByRole('link', { name: /Add someone who lives here/ }).click()
  assert.match(await found.locator('.govuk-caption-l').innerText(), /Someone who lives at Flat 2, 9 Portswood Road/)
  await found.getByLabel('Given name').fill('Ewa')
  await found.getByLabel('Family name').fill('Kowalska')
  await found.getByLabel('Female').check()
  await found.getByRole('button', { name: /Add person|add a new person/ }).click()
  assert.match(await found.locator('.govuk-error-summary').innerText(), /Enter the date they started living there/)
  await expectAccessible(found, 'adding someone to a household, with an error')
  const since = found.getByRole('group', { name: /When did they start living/ })
  await since.getByLabel('Day').fill('1')
  await since.getByLabel('Month').fill('11')
  await since.getByLabel('Year').fill('2026')
  await found.getByRole('button', { name: /Add person|add a new person/ }).click()
  await found.waitForURL(/\/people\/\d+$/)
  assert.match(await found.locator('.govuk-summary-card', { hasText: '9 Portswood Road' }).innerText(), /Ewa lives here from 1 November 2026/)
  await found.goto(jansRecord)

  // Katarzyna is his stepmother, not his mother.
  await found.locator('#relationships .govuk-summary-list__row', { hasText: 'Katarzyna Nowak' }).getByRole('link', { name: /Change/ }).click()
  await expectAccessible(found, 'relationship form')
  await found.getByLabel('Jan is their step-child').check()
  await found.getByRole('button', { name: 'Save the relationship' }).click()
  await found.waitForURL(/\?corrected=relationship$/)
  assert.match(await found.locator('#corrected').innerText(), /Relationship saved/)
  assert.match(await found.locator('#relationships').innerText(), /Jan is their step-child/)

  // A contact about him: its words amended with a reason.
  await found.getByRole('button', { name: 'Record a contact about Jan' }).click()
  await found.getByLabel('Phone', { exact: true }).check()
  await found.getByLabel('Who they are').selectOption({ label: 'A school' })
  await found.getByLabel('Their name').fill('Mr Lewandowski')
  await found.getByLabel('The concern, in their words').fill('Jan has missed nine days this term.')
  await found.getByLabel('Yes, the family agreed').check()
  await found.getByLabel('Needs a response within a few days').check()
  await found.getByRole('button', { name: 'Save contact' }).click()
  await found.waitForURL(/\/contacts\/\d+\?created=1/)
  // Back to the form, and "Save contact" again: the contact saved is opened (or, if a minute has
  // passed and the time received with it, the form says it was saved already), never saved twice.
  const saved = found.url()
  const contacts = database.sql('SELECT count(*) FROM contacts')
  await found.goBack()
  assert.equal(await found.getByLabel('The concern, in their words').inputValue(), 'Jan has missed nine days this term.')
  await found.getByRole('button', { name: 'Save contact' }).click()
  await found.waitForLoadState()
  if (found.url() !== saved) assert.match(await found.locator('.govuk-error-summary').innerText(), /This form was saved already/)
  assert.equal(database.sql('SELECT count(*) FROM contacts'), contacts)
  await found.goto(saved)
  await found.locator('.govuk-summary-list__row', { hasText: 'The concern' }).getByRole('link', { name: /Change/ }).click()
  await expectAccessible(found, 'amend form')
  await found.getByLabel('The concern, in their words').fill('Jan has missed nineteen days this term.')
  await found.getByRole('button', { name: 'Save the amendment' }).click()
  assert.match(await found.locator('.govuk-error-summary').innerText(), /Explain why the contact's words are being amended/)
  await found.getByLabel('Why are the words being amended?').fill('The attendance officer read out nineteen, not nine.')
  await found.getByRole('button', { name: 'Save the amendment' }).click()
  await found.waitForURL(/\?saved=amended#next$/)
  assert.match(await found.locator('#saved').innerText(), /both versions and your reason are kept/)
  assert.match(await found.locator('.govuk-summary-list__row', { hasText: 'The concern' }).innerText(), /missed nineteen days/)

  // Every change, from and to, on his journey.
  await found.goto(`${profile}/journey`)
  const journey = await found.locator('#journey').innerText()
  assert.match(journey, /amended: the concern[\s\S]*From: Jan has missed nine days this term\.\s+To: Jan has missed nineteen days this term\.\s+Reason: The attendance officer read out nineteen/)
  assert.match(journey, /Record corrected: Relationship with Katarzyna Nowak[\s\S]*From: child\s+To: step-child/)
  assert.match(journey, /Record corrected: Where they live: 22 Shirley High Street[\s\S]*To: Lives there from 1 September 2020 to 1 November 2026/)
  assert.match(journey, /Record corrected: Where they live: Flat 2, 9 Portswood Road, Southampton SO17 2AA[\s\S]*To: Lives there from 1 November 2026/)
  assert.match(journey, /Record corrected: Date of birth[\s\S]*From: 9 January 2016\s+To: 19 January 2016\s+Reason: Birth certificate seen/)
  assert.match(journey, /Test Practitioner/)
  await expectAccessible(found, 'journey with corrections')

  // An auditor reads the same record and is offered nothing they cannot do.
  const auditor = await signedIn('test.auditor', new URL(profile).pathname, problems)
  assert.equal(await auditor.getByRole('main').getByRole('link', { name: /Change/ }).count(), 0)
  assert.equal(await auditor.getByRole('button', { name: /Record a contact/ }).count(), 0)
  assert.equal(await auditor.getByRole('link', { name: /Add someone who lives here/ }).count(), 0)
  await expectAccessible(auditor, 'record read by an auditor')
  await auditor.goto(`${server.url}/people`)
  await auditor.getByLabel('Name').fill('Jan Nowak')
  await auditor.getByRole('button', { name: 'Search' }).click()
  await auditor.locator('.frontdoor-match').first().waitFor()
  assert.equal(await auditor.getByRole('link', { name: /add a new person/ }).count(), 0)
  assert.deepEqual(problems, [])
})

test('a time-out warning lets the practitioner stay signed in, and what was typed survives the session ending', async () => {
  const problems = []
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(error.message))
  // The page's clock is the test's: half an hour passes in a moment.
  await page.clock.install()
  const form = `${server.url}/contacts/new?child=2`
  const signIn = async () => {
    await page.getByLabel('Username').fill('test.practitioner')
    await page.getByLabel('Password', { exact: true }).fill('purple tractor morning')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(form)
  }
  await page.goto(form)
  await signIn()
  await page.getByLabel('The concern, in their words').fill('Half-typed: Jayden told the dinner lady')
  await page.getByLabel('Phone', { exact: true }).check()

  // Two minutes before the session would end unused, a warning, with a way to stay.
  await page.clock.fastForward('28:05')
  const warning = page.locator('#timeout-warning')
  await warning.waitFor({ state: 'visible' })
  assert.match(await warning.innerText(), /You will be signed out in 2 minutes/)
  await expectAccessible(page, 'time-out warning')
  await page.getByRole('button', { name: 'Stay signed in' }).click()
  await warning.waitFor({ state: 'hidden' })
  await page.clock.fastForward('20:00')
  assert.equal(page.url(), form)

  // Away too long: signed out, and what was typed comes back after signing in again.
  await page.clock.fastForward('11:00')
  await page.waitForURL(/\/sign-in\?timed_out=1/)
  assert.match(await page.locator('#timed-out').innerText(), /You were signed out because the service was not used for a while/)
  await expectAccessible(page, 'signed out after a time-out')
  await signIn()
  assert.equal(await page.getByLabel('The concern, in their words').inputValue(), 'Half-typed: Jayden told the dinner lady')
  assert.equal(await page.getByLabel('Phone', { exact: true }).isChecked(), true)
  assert.match(await page.locator('#kept-typing').innerText(), /we kept what you had typed/)
  await expectAccessible(page, 'form with what was typed put back')
  // Put back once: the next visit starts clean.
  await page.goto(form)
  assert.equal(await page.getByLabel('The concern, in their words').inputValue(), '')
  assert.deepEqual(problems, [])
  await context.close()
})
