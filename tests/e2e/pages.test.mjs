// tests/e2e/pages.test.mjs — every page in Chromium, checked by axe-core for WCAG 2.2 A and AA, and the journeys people take through them.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, launchBrowser } from '../support/browser.mjs'
import { addUser, databaseWithAccounts, startServer } from '../support/harness.mjs'
import { totp } from '../support/totp.mjs'

const password = 'purple tractor morning'
let database
let server
let browser

before(async () => {
  database = databaseWithAccounts()
  addUser(database, 'test.manager', 'manager')
  addUser(database, 'test.auditor', 'auditor')
  addUser(database, 'test.changer', 'practitioner')
  addUser(database, 'test.leaver', 'practitioner')
  server = await startServer(database, [], { migrate: false })
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
  database?.drop()
})

/** A fresh browser tab (own cookies) that records script errors and failed requests. */
async function newPage () {
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' })
  const page = await context.newPage()
  page.problems = []
  // Console errors, less the browser's note of a page's own status (a 404 page is meant to be 404).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) page.problems.push(message.text())
  })
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400) page.problems.push(`${response.status()} ${response.url()}`)
  })
  // A request the browser itself abandons (the page moved on before a favicon loaded) is no fault.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') page.problems.push(`failed ${request.url()}`)
  })
  return page
}

async function expectWorkingPage (page, heading, what) {
  assert.equal((await page.locator('h1').first().innerText()).trim(), heading, what)
  // GOV.UK Frontend started: the body is marked and no script failed (nor was blocked by the CSP).
  assert.match(await page.locator('body').getAttribute('class'), /govuk-frontend-supported/)
  assert.deepEqual(page.problems, [], what)
  await expectAccessible(page, what)
}

async function signIn (page, username) {
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

// A manager's first sign-in from `url`: two-step verification set up, then back at `url`.
async function signInSettingUpTwoStep (page, username, url) {
  await signIn(page, username)
  await page.waitForURL(/\/two-step\/setup/)
  await page.getByLabel('Code from the app').fill(totp((await page.locator('#secret').innerText()).trim()))
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'I have kept my codes, continue' }).click()
  await page.waitForURL(url)
}

test('pages open to everyone render and pass axe', async () => {
  const page = await newPage()
  for (const [path, heading, status] of [
    ['/accessibility', 'Accessibility statement', 200],
    ['/sign-in', 'Sign in', 200],
    ['/no-such-page', 'Page not found', 404]
  ]) {
    const response = await page.goto(`${server.url}${path}`)
    assert.equal(response.status(), status)
    await expectWorkingPage(page, heading, path)
  }
  await page.context().close()
})

test('a manager signs in, sets up two-step verification, uses the service and signs out', async () => {
  const page = await newPage()
  await page.goto(`${server.url}/feedback?page=/`)
  await page.waitForURL(/\/sign-in\?return_to=/)

  // A wrong password: an error summary that links to the field.
  await page.getByLabel('Username').fill('test.manager')
  const passwordField = page.getByLabel('Password', { exact: true })
  await passwordField.fill('not the password')
  // The password can be shown, to check it, and hidden again.
  await page.getByRole('button', { name: 'Show password' }).click()
  assert.equal(await passwordField.getAttribute('type'), 'text')
  await page.getByRole('button', { name: 'Hide password' }).click()
  assert.equal(await passwordField.getAttribute('type'), 'password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter a correct username and password/)
  await expectWorkingPage(page, 'Sign in', 'sign-in with an error')

  await signIn(page, 'test.manager')
  await page.waitForURL(/\/two-step\/setup/)
  await expectWorkingPage(page, 'Set up two-step verification', 'two-step set-up')
  assert.equal(await page.getByRole('img', { name: 'QR code to add frontdoor to your authenticator app' }).count(), 1)
  const secret = (await page.locator('#secret').innerText()).trim()
  await page.getByLabel('Code from the app').fill('000000')
  await page.getByRole('button', { name: 'Continue' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the 6-digit code/)
  await page.getByLabel('Code from the app').fill(totp(secret))
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectWorkingPage(page, 'Two-step verification is set up', 'recovery codes')
  const recoveryCodes = await page.locator('#recovery-codes code').allInnerTexts()
  assert.equal(recoveryCodes.length, 10)
  await page.getByRole('button', { name: 'I have kept my codes, continue' }).click()

  await page.waitForURL(`${server.url}/feedback?page=/`)
  await expectWorkingPage(page, 'Give feedback on this service', 'feedback form')
  assert.match(await page.locator('.frontdoor-sign-out').innerText(), /Signed in as test\.manager \(Manager\)/)

  // The empty form: an error summary whose link moves focus to the field.
  await page.getByRole('button', { name: 'Send feedback' }).click()
  assert.match(await page.title(), /^Error: /)
  await page.getByRole('link', { name: 'Enter your feedback' }).click()
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text')
  await expectAccessible(page, 'feedback form with an error')
  await page.getByLabel('Give feedback on this service').fill('The search should find nicknames.')
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await page.waitForURL(/\/feedback\/sent/)
  await expectWorkingPage(page, 'Feedback sent', 'feedback sent')
  assert.equal(database.sql("SELECT count(*) FROM feedback WHERE text = 'The search should find nicknames.'"), '1')

  await page.goto(`${server.url}/`)
  await expectWorkingPage(page, "Children's front door", 'home')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL(/\/sign-in\?signed_out=1/)
  assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /You have signed out/)
  await expectWorkingPage(page, 'Sign in', 'signed out')
  await page.goto(`${server.url}/`)
  await page.waitForURL(/\/sign-in/)

  // Next time: the second step asks for a code; a recovery code will do.
  await signIn(page, 'test.manager')
  await page.waitForURL(/\/two-step\?/)
  await expectWorkingPage(page, 'Enter your security code', 'two-step code')
  await page.getByLabel('Enter your security code').fill(recoveryCodes[0])
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL(`${server.url}/`)
  await page.context().close()
})

test('a practitioner signs out everywhere else, changes their own password and signs in with the new one', async () => {
  const page = await newPage()
  await page.goto(`${server.url}/sign-in`)
  await signIn(page, 'test.changer')
  await page.waitForURL(`${server.url}/`)
  await page.getByRole('link', { name: 'Your account' }).click()
  await page.waitForURL(`${server.url}/account`)
  await expectWorkingPage(page, 'Your account', 'your account')
  assert.equal(await page.locator('#sessions tbody tr').count(), 1)
  assert.match(await page.locator('#sessions tbody').innerText(), /This browser/)
  assert.match(await page.locator('main').innerText(), /You are not signed in anywhere else/)

  // Signed in in another browser too: both are listed, and the other can be signed out from here.
  const elsewhere = await newPage()
  await elsewhere.goto(`${server.url}/sign-in`)
  await signIn(elsewhere, 'test.changer')
  await elsewhere.waitForURL(`${server.url}/`)
  await page.reload()
  assert.equal(await page.locator('#sessions tbody tr').count(), 2)
  await page.getByRole('button', { name: 'Sign out everywhere else' }).click()
  await page.waitForURL(`${server.url}/account?ended=1`)
  assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /You have been signed out of 1 other place/)
  await expectWorkingPage(page, 'Your account', 'your account, signed out everywhere else')
  assert.equal(await page.locator('#sessions tbody tr').count(), 1)
  await elsewhere.goto(`${server.url}/`)
  await elsewhere.waitForURL(/\/sign-in/)
  await elsewhere.context().close()

  await page.getByRole('link', { name: 'Change your password' }).click()
  await page.waitForURL(`${server.url}/account/password`)
  await expectWorkingPage(page, 'Change your password', 'change your password')
  const field = (label) => page.getByLabel(label, { exact: true })
  assert.equal(await field('Current password').getAttribute('aria-describedby'), null)
  assert.equal(await field('New password').getAttribute('aria-describedby'), 'new_password-hint')

  // A wrong current password: the error names that field, and the password stays as it was.
  await field('Current password').fill('not the password')
  await field('New password').fill('orange bicycle evening')
  await field('Type the new password again').fill('orange bicycle evening')
  await page.getByRole('button', { name: 'Change password' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Your current password is not right/)
  await page.getByRole('link', { name: 'Your current password is not right' }).click()
  assert.equal(await page.evaluate(() => document.activeElement.id), 'current_password')
  assert.equal(await field('Current password').getAttribute('aria-describedby'), 'current_password-error')
  await expectWorkingPage(page, 'Change your password', 'change your password with an error')

  await field('Current password').fill(password)
  await field('New password').fill('orange bicycle evening')
  await field('Type the new password again').fill('orange bicycle evening')
  await page.getByRole('button', { name: 'Change password' }).click()
  await page.waitForURL(/\/sign-in\?password_changed=1/)
  assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /Your password has been changed/)
  await expectWorkingPage(page, 'Sign in', 'password changed')
  // Signed out: this browser's session ended with the change.
  await page.goto(`${server.url}/`)
  await page.waitForURL(/\/sign-in/)

  await signIn(page, 'test.changer')
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter a correct username and password/)
  await field('Username').fill('test.changer')
  await field('Password').fill('orange bicycle evening')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${server.url}/`)
  // Their account shows the wrong passwords given for it and the change, newest first.
  await page.getByRole('link', { name: 'Your account' }).click()
  await expectWorkingPage(page, 'Your account', 'your account with changes and refused sign-ins')
  const events = (await page.locator('#account-events tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))
  assert.match(events[0], /Sign-in refused: wrong password You$/)
  assert.match(events[1], /Password: own password changed; sessions ended, API tokens revoked You$/)
  assert.match(events[2], /Password not changed: current password wrong You$/)
  await page.context().close()
})

test('an auditor sees who has looked at a record', async () => {
  const page = await newPage()
  await page.goto(`${server.url}/sign-in`)
  await signIn(page, 'test.auditor')
  await page.waitForURL(`${server.url}/`)
  await page.getByRole('main').getByRole('link', { name: 'Access audit' }).click()
  await expectWorkingPage(page, 'Access audit', 'access audit')
  await page.getByLabel('Record').fill('user:1')
  await page.getByRole('button', { name: 'Show who has seen it' }).click()
  await page.waitForURL(/record=user%3A1/)
  assert.match(await page.locator('main h2:visible').first().innerText(), /Who has seen user:1/)
  assert.match(await page.locator('table').innerText(), /Manage accounts\s+added test\.admin, role admin/)
  await expectWorkingPage(page, 'Access audit', 'access audit for a record')

  // Pages beyond an auditor's role are refused, with a page that says so.
  const refused = await page.goto(`${server.url}/admin/users`)
  assert.equal(refused.status(), 403)
  await expectWorkingPage(page, 'You cannot see this page', 'refused page')
  await page.context().close()
})

test('a manager opens a restricted record by giving a reason, and an auditor reviews it', async () => {
  addUser(database, 'test.duty.manager', 'manager')
  addUser(database, 'test.restricting.manager', 'manager')
  const added = await fetch(`${server.url}/api/v1/people`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: database.practitioner },
    body: JSON.stringify({ given_name: 'Rowan', family_name: 'Private', date_of_birth: '2018-06-01' })
  })
  const { id } = await added.json()
  // The manager restricts it from the record's page: the form refuses no reason, and names whom
  // it is open to.
  const restricting = await newPage()
  await restricting.goto(`${server.url}/people/${id}`)
  await signInSettingUpTwoStep(restricting, 'test.restricting.manager', `${server.url}/people/${id}`)
  await restricting.getByRole('link', { name: 'Restrict this record' }).click()
  await expectWorkingPage(restricting, "Restrict Rowan Private's record", 'restriction form')
  await restricting.getByRole('button', { name: 'Restrict this record' }).click()
  assert.match(await restricting.locator('.govuk-error-summary').innerText(), /Enter why this record is restricted/)
  await expectAccessible(restricting, 'restriction form with an error')
  await restricting.getByLabel('Why is this record restricted?').fill("A member of staff's own child")
  await restricting.getByRole('button', { name: 'Restrict this record' }).click()
  await restricting.waitForURL(`${server.url}/people/${id}?restricted=1`)
  await expectWorkingPage(restricting, 'Rowan Private', 'record just restricted')
  assert.match(await restricting.locator('#restriction-saved').innerText(), /Restriction saved/)
  await restricting.getByRole('link', { name: 'Change who can see this record' }).click()
  await expectWorkingPage(restricting, "Who can see Rowan Private's record", 'restriction form, restricted')
  await restricting.context().close()

  const page = await newPage()
  await page.goto(`${server.url}/people/${id}`)
  await signInSettingUpTwoStep(page, 'test.duty.manager', `${server.url}/people/${id}`)
  await expectWorkingPage(page, 'Restricted record', 'restricted record')
  assert.equal(await page.getByText('Private').count(), 0)

  await page.getByLabel('Why do you need to open this record?').fill('short')
  await page.getByRole('button', { name: 'Open this record' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Explain in a sentence/)
  await expectAccessible(page, 'break-glass reason with an error')
  await page.getByLabel('Why do you need to open this record?').fill('Police have asked for a welfare check tonight')
  await page.getByRole('button', { name: 'Open this record' }).click()
  await page.waitForURL(`${server.url}/people/${id}`)
  await expectWorkingPage(page, 'Rowan Private', 'record opened by breaking the glass')
  assert.match(await page.locator('.govuk-warning-text').innerText(), /An auditor will review it/)
  // Breaking the glass reads the record; it does not change who it is open to.
  assert.equal(await page.getByRole('link', { name: 'Change who can see this record' }).count(), 0)
  assert.equal((await page.goto(`${server.url}/people/${id}/restriction`)).status(), 403)
  await page.context().close()

  const auditor = await newPage()
  await auditor.goto(`${server.url}/sign-in`)
  await signIn(auditor, 'test.auditor')
  await auditor.waitForURL(`${server.url}/`)
  await auditor.goto(`${server.url}/audit/access`)
  assert.match(await auditor.locator('table').first().innerText(), /Police have asked for a welfare check tonight/)
  // Whose opening of people's records stands out this week: the manager opened (and first tried) one.
  const reading = auditor.getByRole('table', { name: /People's records opened in the last 7 days/ })
  assert.equal(await reading.getByRole('row').filter({ hasText: 'test.duty.manager' }).count(), 1)
  await expectWorkingPage(auditor, 'Access audit', 'break-glass to review')
  // The page reloads at the same address: wait for the button to go, rather than for the address.
  await auditor.getByRole('button', { name: /Mark as reviewed/ }).click()
  await auditor.getByRole('button', { name: /Mark as reviewed/ }).waitFor({ state: 'detached' })
  await auditor.context().close()
})

test('a manager merges two records of one child, and takes them apart again', async () => {
  addUser(database, 'test.merging.manager', 'manager')
  const add = async (given) => {
    const added = await fetch(`${server.url}/api/v1/people`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: database.practitioner },
      body: JSON.stringify({ given_name: given, family_name: 'Merriweather', date_of_birth: '2016-09-12' })
    })
    return (await added.json()).id
  }
  const kept = await add('Jayden')
  const copy = await add('Jaden')
  const page = await newPage()
  await page.goto(`${server.url}/people/${copy}`)
  await signInSettingUpTwoStep(page, 'test.merging.manager', `${server.url}/people/${copy}`)
  await page.getByRole('link', { name: 'Merge with another record of this person' }).click()
  await expectWorkingPage(page, "Merge Jaden Merriweather's record", 'merge form')
  await page.getByRole('button', { name: 'Merge the records' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Choose the record to keep/)
  await expectAccessible(page, 'merge form with an error')
  await page.getByLabel(/Jayden Merriweather/).check()
  await page.getByLabel('Why are these records of the same person?').fill('The same boy, his name spelt two ways')
  await page.getByRole('button', { name: 'Merge the records' }).click()
  await page.waitForURL(`${server.url}/people/${kept}?merged=1`)
  await expectWorkingPage(page, 'Jayden Merriweather', 'record kept, just merged')
  assert.match(await page.locator('#merge-saved').innerText(), /Records merged/)
  // The record kept names the record merged into it, and offers no merge of its own until they
  // are taken apart.
  assert.match(await page.locator('#merged-in').innerText(), /merged into this one: C\d+\./)
  assert.equal(await page.getByRole('link', { name: 'Merge with another record of this person' }).count(), 0)

  await page.locator('#merged-in').getByRole('link').click()
  await page.waitForURL(`${server.url}/people/${copy}`)
  await page.getByRole('link', { name: 'Take these records apart' }).click()
  await expectWorkingPage(page, "Take Jaden Merriweather's records apart", 'form to take records apart')
  await page.getByLabel('Why are these not records of the same person?').fill('Twins: two boys')
  await page.getByRole('button', { name: 'Take these records apart' }).click()
  await page.waitForURL(`${server.url}/people/${copy}?unmerged=1`)
  assert.match(await page.locator('#merge-saved').innerText(), /Records taken apart/)
  await page.context().close()
})

test('an administrator disables an account, is told so, and enables it again', async () => {
  const page = await newPage()
  await page.goto(`${server.url}/sign-in`)
  await signIn(page, 'test.admin')
  await page.waitForURL(/\/two-step\/setup/)
  const secret = (await page.locator('#secret').innerText()).trim()
  await page.getByLabel('Code from the app').fill(totp(secret))
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'I have kept my codes, continue' }).click()
  await page.waitForURL(`${server.url}/`)
  await page.goto(`${server.url}/admin/users`)
  await expectWorkingPage(page, 'Accounts', 'accounts')
  const row = page.getByRole('row').filter({ hasText: 'test.leaver' })
  assert.equal(await page.getByRole('row').filter({ hasText: 'test.admin' }).getByRole('button').count(), 0)
  await row.getByRole('button', { name: 'Disable test.leaver' }).click()
  await page.waitForURL(/\?disabled=test\.leaver$/)
  assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /test\.leaver is disabled and signed out everywhere/)
  assert.match(await row.innerText(), /Disabled/)
  await expectWorkingPage(page, 'Accounts', 'accounts after disabling')
  await row.getByRole('button', { name: 'Enable test.leaver' }).click()
  await page.waitForURL(/\?enabled=test\.leaver$/)
  assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /test\.leaver is enabled: they can sign in again/)
  assert.equal(await row.getByRole('button', { name: 'Disable test.leaver' }).count(), 1)

  // The feedback a manager sent earlier is read here, newest first.
  await page.getByRole('link', { name: 'Feedback', exact: true }).first().click()
  await page.waitForURL(`${server.url}/admin/feedback`)
  await expectWorkingPage(page, 'Feedback', 'feedback list')
  assert.match(await page.getByRole('table').innerText(), /The search should find nicknames\./)

  // New recovery codes, for a code from the app (the next one: the one that set it up is spent).
  await page.goto(`${server.url}/account`)
  assert.match(await page.locator('#recovery-codes-left').innerText(), /You have 10 recovery codes left/)
  await page.getByRole('link', { name: 'Make new recovery codes' }).click()
  await expectWorkingPage(page, 'Make new recovery codes', 'new recovery codes form')
  await page.getByLabel('Code from the app').fill('000000')
  await page.getByRole('button', { name: 'Make new recovery codes' }).click()
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the 6-digit code your authenticator app shows now/)
  await expectAccessible(page, 'new recovery codes form with an error')
  await page.getByLabel('Code from the app').fill(totp(secret, Date.now() + 30000))
  await page.getByRole('button', { name: 'Make new recovery codes' }).click()
  await expectWorkingPage(page, 'Your new recovery codes', 'new recovery codes')
  assert.equal((await page.locator('#recovery-codes code').allInnerTexts()).length, 10)
  assert.match(await page.locator('main').innerText(), /Your old recovery codes no longer work/)
  await page.getByRole('button', { name: 'I have kept my codes, continue' }).click()
  await page.waitForURL(`${server.url}/account`)
  assert.match(await page.locator('#account-events').innerText(), /new recovery codes made/)
  await page.context().close()
})
