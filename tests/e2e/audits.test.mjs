// tests/e2e/audits.test.mjs — the assurance loop in a browser: an auditor draws a sample grouped by outcome, two auditors grade a case differently without seeing each other's grades, a moderator settles it as inadequate with a follow-up on the improvement plan, the practitioner whose contact it was responds, the follow-up is completed, an Ofsted finding is added to the plan, which downloads as a spreadsheet, the agreement figures count the pair, the language figures count the decision's warning, and the dashboard counts the settled grade beside the decisions' timeliness (its CSV file too). Every page passes axe.
import { test, before, after } from 'node:test'
import { readFileSync } from 'node:fs'
import assert from 'node:assert/strict'
import { expectAccessible, launchBrowser, signedInPage } from '../support/browser.mjs'
import { addUser, apiClient, bearerFor, databaseWithAccounts, startServer } from '../support/harness.mjs'

let database
let server
let browser
const token = {}

before(async () => {
  database = databaseWithAccounts()
  for (const name of ['manager', 'auditor', 'peer', 'moderator']) {
    addUser(database, `test.${name}`, name === 'manager' ? 'manager' : 'auditor')
  }
  addUser(database, 'test.performance', 'performance')
  token.manager = bearerFor(database, 'test.manager')
  token.practitioner = database.practitioner
  server = await startServer(database, [], { migrate: false })
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
  database?.drop()
})

const api = (...args) => apiClient(server, token)(...args)

const heading = async (page) => (await page.locator('h1').innerText()).trim()
const count = (table) => Number(database.sql(`SELECT count(*) FROM ${table}`))

// Types a date into a GOV.UK date input's three boxes.
async function fillDate (page, name, date) {
  await page.locator(`#${name}`).fill(String(date.getDate()))
  await page.locator(`#${name}-month`).fill(String(date.getMonth() + 1))
  await page.locator(`#${name}-year`).fill(String(date.getFullYear()))
}

// Today in London (the test machine's clock may be on another zone's day).
function today () {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()).split('-')
  return new Date(Number(year), Number(month) - 1, Number(day))
}

// A contact about two brothers the practitioner recorded, decided by the manager: one to advice,
// one to no further action.
async function decidedContact () {
  const ids = []
  for (const given of ['Theo', 'Max']) {
    const person = await api('practitioner', 'POST', '/api/v1/people', { given_name: given, family_name: 'Okafor', date_of_birth: '2016-03-04', sex: 'M' })
    assert.equal(person.status, 201, JSON.stringify(person.body))
    ids.push(person.body.id)
  }
  const contact = await api('practitioner', 'POST', '/api/v1/contacts', {
    received_at: new Date().toISOString().slice(0, 16), method: 'phone', source: '1B',
    referrer: { name: 'Ms Reid', agency: 'Shirley Junior School' },
    children: ids, concern: 'Theo and Max have arrived hungry most mornings this week.',
    family_agreement: 'agreed', urgency: 'not_urgent'
  })
  assert.equal(contact.status, 201, JSON.stringify(contact.body))
  const own = (person_id, outcome) => ({
    person_id, level: 1, level_indicators: ['1.F1'], outcome,
    child_voice: 'He said breakfast is fine on most days and he likes school.',
    rationale: 'Needs are met at home; the school will keep offering breakfast club.'
  })
  const decided = await api('manager', 'POST', `/api/v1/contacts/${contact.body.id}/decision`, {
    risk_indicators: ['1.F1'],
    risks: 'The boys arrive hungry some mornings.',
    strengths: 'Their mother works with the school and answers its calls.',
    analysis: 'A short spell of money worries, which the family is already dealing with.',
    next_steps: 'The school offers breakfast club and a food bank voucher; no CIN plan.',
    children: [own(ids[0], 'advice_signposting'), own(ids[1], 'no_further_action')]
  })
  assert.equal(decided.status, 201, JSON.stringify(decided.body))
  return contact.body.id
}

async function gradeAll (page, grade, comment) {
  for (const radio of await page.locator('#grade-form input[type="radio"][name^="grade-"]').all()) {
    if (await radio.getAttribute('value') === grade) await radio.check()
  }
  if (comment) {
    for (const box of await page.locator('#grade-form textarea[name^="comment-"]').all()) await box.fill(comment)
  }
  await page.locator(`#grade-form input[name="overall"][value="${grade}"]`).check()
}

test('a sample is drawn, graded twice blind, settled, responded to and followed up', async () => {
  await decidedContact()
  const problems = []

  // The performance role's dashboard before any audit: the contact and its two decisions, no
  // grades yet.
  const analyst = await signedInPage(browser, `${server.url}/`, 'test.performance', problems)
  await analyst.getByRole('link', { name: 'Dashboard' }).first().click()
  assert.equal(await heading(analyst), 'Dashboard')
  await expectAccessible(analyst, 'dashboard')
  assert.match(await analyst.locator('#figure-contacts').innerText(), /^Contacts\s+1\s+0$/)
  assert.match(await analyst.locator('#figure-decided').innerText(), /\s2\s+0$/)
  assert.match(await analyst.locator('#figure-graded_inadequate').innerText(), /\s0\s+0$/)
  assert.match(await analyst.locator('#rate-decided_in_time').innerText(), /100%\s+2 of 2/)
  assert.match(await analyst.locator('#rate-audited_good').innerText(), /none\s+0 of 0/)

  // The auditor draws a sample of today's decisions, one from each outcome.
  const auditor = await signedInPage(browser, `${server.url}/`, 'test.auditor', problems)
  await auditor.getByRole('link', { name: 'Audits', exact: true }).first().click()
  assert.equal(await heading(auditor), 'Audits')
  await expectAccessible(auditor, 'audits')
  await auditor.getByRole('link', { name: 'Draw a dip sample' }).click()
  await expectAccessible(auditor, 'draw a sample')
  // Nothing is marked wrong before anything is sent.
  assert.equal(await auditor.locator('.govuk-form-group--error, .govuk-input--error, .govuk-error-message').count(), 0)
  await auditor.locator('#per_stratum').fill('0')
  await auditor.getByRole('button', { name: 'Draw the sample' }).click()
  assert.match(await auditor.locator('.govuk-error-summary').innerText(), /Enter the first day of the period/)
  assert.match(await auditor.locator('.govuk-error-summary').innerText(), /how many to draw from each group/)
  await expectAccessible(auditor, 'draw a sample with errors')
  assert.equal(count('dip_samples'), 0)
  await fillDate(auditor, 'from', today())
  await fillDate(auditor, 'to', today())
  await auditor.locator('input[name="strata"][value="outcome"]').check()
  await auditor.locator('#per_stratum').fill('1')
  await auditor.locator('#seed').fill('42')
  await auditor.getByRole('button', { name: 'Draw the sample' }).click()
  assert.match(await heading(auditor), /^Dip sample \d+$/, await auditor.locator('main').innerText())
  await expectAccessible(auditor, 'a sample')
  assert.equal(await auditor.locator('#seed').innerText(), '42')
  assert.deepEqual(await auditor.locator('#strata tbody td:first-child').allInnerTexts(), ['Advice and signposting', 'No further action'])
  assert.equal(await auditor.locator('#cases tbody tr').count(), 2)

  // The first auditor grades case 1 good throughout, citing the decision as evidence.
  await auditor.getByRole('link', { name: 'Case 1' }).click()
  const caseUrl = auditor.url()
  await expectAccessible(auditor, 'a case to grade')
  assert.match(await auditor.locator('.govuk-caption-l').first().innerText(), /^Group: (Advice and signposting|No further action)$/)
  // Each event's words keep their lines (the oversight's parts are on lines of their own).
  const decision = auditor.locator('#events li', { hasText: 'Decision' }).locator('.frontdoor-text')
  assert.equal(await decision.evaluate((text) => getComputedStyle(text).whiteSpace), 'pre-wrap')
  assert.match(await decision.innerText(), /\n/)
  await auditor.getByRole('button', { name: 'Save the audit' }).click()
  assert.match(await auditor.locator('.govuk-error-summary').innerText(), /Grade the question: Is the child's journey clear\?/)
  await expectAccessible(auditor, 'a case with errors')
  await gradeAll(auditor, 'good')
  await auditor.locator('input[name="evidence"]').last().check()
  await auditor.locator('#summary').fill('A clear, proportionate decision with the child\'s own words.')
  await auditor.getByRole('button', { name: 'Save the audit' }).click()
  assert.ok(await auditor.locator('#graded').isVisible())
  assert.equal(await auditor.locator('#grade-form').count(), 0)

  // The peer auditor sees that one audit is in, but not its grades, and grades it inadequate.
  const peer = await signedInPage(browser, caseUrl, 'test.peer', problems)
  assert.match(await peer.locator('[id$="-stage"]').innerText(), /1 of 2 audits in/)
  assert.doesNotMatch(await peer.locator('main').innerText(), /proportionate decision/)
  await gradeAll(peer, 'inadequate', 'The household\'s money worries were not explored with the mother.')
  await peer.locator('#summary').fill('The analysis rests on the school\'s view alone.')
  await peer.getByRole('button', { name: 'Save the audit' }).click()
  assert.ok(await peer.locator('#graded').isVisible())

  // The moderator sees both and settles it as inadequate, with a follow-up they own.
  const moderator = await signedInPage(browser, caseUrl, 'test.moderator', problems)
  assert.match(await moderator.locator('main').innerText(), /proportionate decision/)
  assert.match(await moderator.locator('main').innerText(), /school's view alone/)
  await expectAccessible(moderator, 'a case to moderate')
  await moderator.locator('input[name="final_grade"][value="inadequate"]').check()
  await moderator.locator('#reason').fill('The analysis did not test what the school said with the family.')
  await moderator.getByRole('button', { name: 'Settle the case' }).click()
  const refusal = await moderator.locator('.govuk-error-summary').innerText()
  assert.match(refusal, /Choose who owns the follow-up/)
  assert.match(refusal, /Enter when the follow-up is due/)
  assert.equal(count('moderations'), 0)
  await expectAccessible(moderator, 'moderation with errors')
  await moderator.locator('#action').fill('Discuss with the deciding manager how money worries are explored.')
  await moderator.locator('#owner').selectOption('test.moderator')
  await fillDate(moderator, 'due', new Date(today().getTime() + 14 * 86400000))
  await moderator.getByRole('button', { name: 'Settle the case' }).click()
  assert.match(await moderator.locator('[id$="-final-grade"]').innerText(), /^Inadequate/)

  // Agreement counts the pair: one case, graded two steps apart overall.
  await moderator.goto(`${server.url}/audits/agreement`)
  await expectAccessible(moderator, 'agreement')
  assert.match(await moderator.locator('#agreement-overall').innerText(), /Overall grade\s+1\s+0%/)
  const agreement = await api('manager', 'GET', '/api/v1/audits/agreement')
  assert.equal(agreement.status, 200)
  assert.equal(agreement.body.overall.pairs, 1)
  assert.deepEqual(agreement.body.auditors.map((pair) => pair.label), ['test.auditor and test.peer'])

  // The language figures count the decision's one warning (an acronym) against its words.
  await moderator.goto(`${server.url}/audits/language`)
  await expectAccessible(moderator, 'language figures')
  const everyTeam = moderator.locator('#language-figures tbody tr', { hasText: 'Every team' })
  assert.match(await everyTeam.innerText(), /\b1\b.*\b1\b.*0%.*cin \(1\)/s)

  // The dashboard counts the settled grade beside the timeliness of the same decisions, and the
  // CSV file has the same figures.
  await analyst.reload()
  await expectAccessible(analyst, 'dashboard after an audit')
  assert.match(await analyst.locator('#figure-graded_inadequate').innerText(), /\s1\s+0$/)
  assert.match(await analyst.locator('#rate-audited_good').innerText(), /0%\s+0 of 1/)
  assert.match(await analyst.locator('#rate-decided_in_time').innerText(), /100%\s+2 of 2/)
  const [figures] = await Promise.all([analyst.waitForEvent('download'), analyst.locator('#dashboard-csv').click()])
  const csv = readFileSync(await figures.path(), 'utf8')
  assert.match(csv, /^figure,graded_inadequate,Audited: inadequate,,[0-9-]{10},[0-9-]{10},1,/m)
  assert.match(csv, /^rate,audited_good,Audited decisions graded good or outstanding,,[0-9-]{10},[0-9-]{10},0,1,0\.0000,/m)
  // A period that ends before it starts is refused, naming the field.
  await analyst.goto(`${server.url}/dashboard?from-day=2&from-month=1&from-year=2026&to-day=1&to-month=1&to-year=2026`)
  assert.match(await analyst.locator('.govuk-error-summary').innerText(), /The period must end on or after the day it starts/)
  await expectAccessible(analyst, 'dashboard with errors')
  // The case's grades, without the child's name or links to records the role cannot open.
  await analyst.goto(caseUrl)
  const record = analyst.locator('.govuk-summary-list').first()
  assert.match(await record.innerText(), /Child\s+Not shown to your role/)
  assert.equal(await record.locator('a[href^="/people/"], a[href^="/contacts/"]').count(), 0)
  await expectAccessible(analyst, 'a case for the performance role')

  // The practitioner who recorded the contact is told, and responds.
  const practitioner = await signedInPage(browser, `${server.url}/`, 'test.practitioner', problems)
  await practitioner.getByRole('link', { name: 'Audits of your work' }).first().click()
  await expectAccessible(practitioner, 'audits of your work')
  assert.match(await practitioner.locator('main').innerText(), /Inadequate/)
  const respond = practitioner.locator('button[id^="respond-"]')
  await respond.click()
  assert.match(await practitioner.locator('.govuk-error-summary').innerText(), /Write your response/)
  await practitioner.locator('textarea[name^="response-"]').fill('I agree: I will ask the family directly next time.')
  await practitioner.locator('button[id^="respond-"]').click()
  assert.ok(await practitioner.locator('#responded').isVisible())
  assert.match(await practitioner.locator('main').innerText(), /ask the family directly/)

  // The follow-up is on the improvement plan, owned by the moderator, who completes it.
  await moderator.goto(`${server.url}/improvement-plan`)
  await expectAccessible(moderator, 'improvement plan')
  assert.match(await moderator.locator('#plan tbody tr').first().innerText(), /An inadequate case audit/)
  await moderator.locator('#plan tbody tr').first().getByRole('link').click()
  await expectAccessible(moderator, 'an improvement action')
  await moderator.getByRole('button', { name: 'Save the update' }).click()
  assert.match(await moderator.locator('.govuk-error-summary').innerText(), /Say what has been done/)
  await moderator.locator('#words').fill('Discussed at supervision on the day; added to the team briefing.')
  await moderator.locator('input[name="status"][value="done"]').check()
  await moderator.getByRole('button', { name: 'Save the update' }).click()
  assert.ok(await moderator.locator('#updated').isVisible())
  assert.match(await moderator.locator('#action-status').innerText(), /Done/)
  const plan = await api('manager', 'GET', '/api/v1/improvement-plan')
  assert.equal(plan.body.actions[0].status, 'done')
  assert.equal(plan.body.actions[0].source, 'case_audit')

  // An Ofsted finding becomes an action of its own, and the plan downloads as a spreadsheet.
  await moderator.goto(`${server.url}/improvement-plan/new`)
  await expectAccessible(moderator, 'add an action')
  await moderator.getByRole('button', { name: 'Add the action' }).click()
  assert.match(await moderator.locator('.govuk-error-summary').innerText(), /Choose where the finding came from/)
  await moderator.locator('input[name="source"][value="ofsted"]').check()
  await moderator.locator('#finding').fill('Management oversight at the front door does not always record why.')
  await moderator.locator('#description').fill('Dip sample twenty decisions a month for the rationale.')
  await moderator.locator('#owner').selectOption('test.auditor')
  await fillDate(moderator, 'due', new Date(today().getTime() + 90 * 86400000))
  await moderator.locator('#documents').fill('Ofsted inspection of children\'s services, 2026')
  // A web address is one long word: it wraps rather than widening the page.
  await moderator.locator('#description').fill('Dip sample twenty decisions a month for the rationale, as https://council.sharepoint.com/sites/ChildrensServices/Shared%20Documents/Front%20Door/Quality%20Assurance/Management-oversight-dip-sampling-guidance-2026-version-3-final.pdf says.')
  await moderator.getByRole('button', { name: 'Add the action' }).click()
  assert.ok(await moderator.locator('#added').isVisible())
  assert.match(await moderator.locator('#plan').innerText(), /Dip sample twenty decisions/)
  // The plan's table on a laptop, and the action on a phone, are no wider than the screen.
  const fits = async (width) => {
    await moderator.setViewportSize({ width, height: 800 })
    const [wide, screen] = await moderator.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    assert.ok(wide <= screen, `${moderator.url()} is ${wide} px wide on a ${screen} px screen`)
  }
  await fits(1024)
  await moderator.locator('#plan a', { hasText: 'Dip sample twenty' }).click()
  await moderator.locator('#action').waitFor()
  await fits(320)
  // On a phone the plan's table scrolls in its own box, which the keyboard reaches, not the page.
  await moderator.goto(`${server.url}/improvement-plan`)
  await fits(320)
  const box = moderator.locator('.frontdoor-table-scroll', { has: moderator.locator('#plan') })
  assert.ok(await box.evaluate((region) => region.scrollWidth > region.clientWidth), 'the plan scrolls in its box')
  assert.equal(await box.getAttribute('tabindex'), '0')
  await expectAccessible(moderator, 'the improvement plan on a phone')
  await moderator.setViewportSize({ width: 1280, height: 800 })
  await moderator.goto(`${server.url}/improvement-plan`)
  const [saved] = await Promise.all([moderator.waitForEvent('download'), moderator.locator('#plan-workbook').click()])
  assert.equal(saved.suggestedFilename(), 'improvement-plan.xlsx')

  assert.deepEqual(problems, [])
})
