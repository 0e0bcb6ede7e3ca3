// tests/integration/decisions.test.mjs — the decision API on the real binary: consent, checks held open for a re-referral, partners answering only their own, the proforma, referral, siblings allocated together and the reports.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addUser, apiClient, bearerFor, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server
const token = {}

before(async () => {
  database = databaseWithAccounts()
  assert.equal(runFrontdoor(['demo-data', '--database', database.url]).status, 0)
  addUser(database, 'test.manager', 'manager')
  addUser(database, 'test.health', 'partner', 'health')
  addUser(database, 'test.police', 'partner', 'police')
  addUser(database, 'test.auditor', 'auditor')
  for (const name of ['manager', 'health', 'police', 'auditor']) token[name] = bearerFor(database, `test.${name}`)
  token.practitioner = database.practitioner
  server = await startServer(database, [], { migrate: false })
})
after(async () => {
  await server.stop()
  database.drop()
})

const api = (...args) => apiClient(server, token)(...args)

const count = (table) => Number(database.sql(`SELECT count(*) FROM ${table}`))
const JAYDEN = 2
const AMELIA = 3

// The household's parts once, then the same own part for each of `children` unless `own` says
// otherwise for one of them.
function proformaFor (children, own = {}, household = {}) {
  return {
    risk_indicators: ['4.D1', '4.F1'],
    risks: 'Jayden has bruises he says came from his mother\'s partner, who has returned home.',
    strengths: 'Claire wants help; both children are settled at school.',
    analysis: 'The injury and the partner\'s return make further harm likely without protection.',
    next_steps: 'Visit both children at school tomorrow with the police.',
    ...household,
    children: children.map((person_id) => ({
      person_id,
      child_voice: 'Jayden said he hides in Amelia\'s room when the shouting starts.',
      level: 4,
      level_indicators: ['4.D1'],
      outcome: 'single_assessment',
      rationale: 'Both children need an assessment of their safety at home.',
      ...(own[person_id] ?? {})
    }))
  }
}
const proforma = proformaFor([JAYDEN, AMELIA])

test('a re-referral of two siblings goes from contact to allocation, and every refusal changes nothing', async () => {
  const contact = await api('practitioner', 'POST', '/api/v1/contacts', {
    received_at: '2026-11-27T09:15', method: 'phone', source: '6',
    referrer: { name: 'PC Dawson', agency: 'Hampshire Police' },
    children: [JAYDEN, AMELIA], concern: 'Police attended a domestic incident; Jayden had a bruise.',
    family_agreement: 'not_asked', urgency: 'today'
  })
  assert.equal(contact.status, 201)
  const id = contact.body.id

  let progress = await api('practitioner', 'GET', `/api/v1/contacts/${id}/progress`)
  assert.equal(progress.status, 200)
  assert.equal(progress.body.re_referral, true)
  assert.equal(progress.body.blockers[0].field, 'checks')

  const risk = { kind: 'sharing', status: 'not_sought_risk', reason: 'Asking would warn the partner, who is said to have hurt Jayden.' }
  const consents = count('consents')
  const notManager = await api('practitioner', 'POST', `/api/v1/contacts/${id}/consents`, risk)
  assert.equal(notManager.status, 422)
  assert.equal(notManager.body.errors[0].field, 'status')
  assert.equal(count('consents'), consents)
  assert.equal((await api('manager', 'POST', `/api/v1/contacts/${id}/consents`, risk)).status, 201)

  const wrongShape = await api('practitioner', 'POST', `/api/v1/contacts/${id}/checks`, { agencies: 'police', urgency: 'red', question: 'x' })
  assert.equal(wrongShape.status, 422)
  assert.equal(wrongShape.body.errors[0].field, 'agencies')
  const asked = await api('practitioner', 'POST', `/api/v1/contacts/${id}/checks`, { agencies: ['police', 'health', 'education'], urgency: 'red', question: 'What do you know about this family?' })
  assert.equal(asked.status, 201)
  const check = Object.fromEntries(asked.body.checks.map((one) => [one.agency, one]))

  const healthList = await api('health', 'GET', '/api/v1/checks')
  assert.deepEqual(healthList.body.checks.map((one) => one.agency), ['health'])
  assert.deepEqual(healthList.body.checks[0].about, ['Jayden Smith, born 14 May 2015', 'Amelia Smith, born 2 September 2018'])
  assert.equal((await api('health', 'POST', `/api/v1/checks/${check.police.id}/answer`, { answer: 'Nothing' })).status, 404)
  assert.equal((await api('health', 'GET', `/api/v1/contacts/${id}/progress`)).status, 403)
  assert.equal((await api('health', 'POST', `/api/v1/checks/${check.health.id}/answer`, { answer: 'Seen at the walk-in centre in May with a burn.' })).status, 200)
  assert.equal((await api('health', 'POST', `/api/v1/checks/${check.health.id}/answer`, { answer: 'Again' })).status, 422)
  // What health finds later is added to its answer, which stands as sent; only an answer is added to.
  assert.equal((await api('police', 'POST', `/api/v1/checks/${check.police.id}/additions`, { addition: 'Found later' })).status, 422)
  assert.equal((await api('police', 'POST', `/api/v1/checks/${check.health.id}/additions`, { addition: 'Found later' })).status, 404)
  const added = await api('health', 'POST', `/api/v1/checks/${check.health.id}/additions`, { addition: 'Also seen by the school nurse in June.' })
  assert.equal(added.status, 201)
  assert.equal(added.body.answer, 'Seen at the walk-in centre in May with a burn.')
  assert.deepEqual(added.body.additions.map((one) => [one.text, one.added_by, one.relayed_from]), [['Also seen by the school nurse in June.', 'test.health', null]])
  assert.equal(Number(database.sql(`SELECT count(*) FROM check_additions WHERE check_id = ${check.health.id}`)), 1)

  const blocked = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, proforma)
  assert.equal(blocked.status, 422)
  assert.match(blocked.body.errors[0].message, /wait for Education and Police to answer/)
  assert.equal(Number(database.sql(`SELECT count(*) FROM decisions WHERE contact_id = ${id}`)), 0)
  assert.deepEqual(check.police.language_warnings, {})
  // An answer in acronyms is taken, and warned about where the check is shown.
  const policeAnswer = await api('police', 'POST', `/api/v1/checks/${check.police.id}/answer`, { answer: 'DV call-out in June; partner arrested.' })
  assert.equal(policeAnswer.status, 200)
  assert.equal(policeAnswer.body.language_warnings.answer[0].found, 'DV')
  const withAnswers = await api('practitioner', 'GET', `/api/v1/contacts/${id}/progress`)
  assert.equal(withAnswers.body.checks.find((one) => one.agency === 'police').language_warnings.answer[0].suggestion, 'domestic abuse')
  // Staff passing on an agency's answer say whose words it is.
  const unsaid = await api('practitioner', 'POST', `/api/v1/checks/${check.education.id}/answer`, { answer: 'Attendance 91%, no concerns until this week.' })
  assert.equal(unsaid.status, 422)
  assert.deepEqual(unsaid.body.errors.map((error) => error.field), ['relayed_from'])
  const relayed = await api('practitioner', 'POST', `/api/v1/checks/${check.education.id}/answer`, { answer: 'Attendance 91%, no concerns until this week.', relayed_from: 'Mrs Khan, head teacher, by phone' })
  assert.equal(relayed.status, 200)
  assert.equal(relayed.body.relayed_from, 'Mrs Khan, head teacher, by phone')
  assert.equal(policeAnswer.body.relayed_from, null)

  const incomplete = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, { children: [{ person_id: JAYDEN, level: 4 }] })
  assert.deepEqual(incomplete.body.errors.map((error) => error.field).sort(),
    ['analysis', `child_voice-${JAYDEN}`, `level_indicators-${JAYDEN}`, 'next_steps', `outcome-${JAYDEN}`, `outcome-${AMELIA}`, `rationale-${JAYDEN}`, 'risk_indicators', 'risks', 'strengths'])
  assert.match(incomplete.body.errors.find((error) => error.field === `outcome-${AMELIA}`).message, /^Amelia Smith: choose the decision/)
  const noConsent = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, proforma)
  assert.equal(noConsent.status, 422)
  assert.match(noConsent.body.errors[0].message, /needs the family's consent to services/)
  assert.equal((await api('practitioner', 'POST', `/api/v1/contacts/${id}/decision`, proforma)).status, 403)
  assert.equal((await api('practitioner', 'POST', `/api/v1/contacts/${id}/consents`, { kind: 'services', status: 'given', given_by: 'Claire Smith, mother', how: 'in person' })).status, 201)
  const decided = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, proforma)
  assert.equal(decided.status, 201)
  assert.equal(decided.body.is_override, false)

  const allocations = count('allocations')
  const noReason = await api('manager', 'POST', `/api/v1/contacts/${id}/allocation`, { team: 'assessment_north', worker: 'test.practitioner', exclusions: [{ person_id: AMELIA, reason: '' }] })
  assert.equal(noReason.status, 422)
  assert.equal(noReason.body.errors[0].field, 'exclusions')
  assert.equal(count('allocations'), allocations)
  const allocated = await api('manager', 'POST', `/api/v1/contacts/${id}/allocation`, { team: 'assessment_north', worker: 'test.practitioner' })
  assert.equal(allocated.status, 201)
  assert.deepEqual(allocated.body.allocations.map((one) => [one.person_id, one.worker]), [[JAYDEN, 'test.practitioner'], [AMELIA, 'test.practitioner']])

  progress = await api('practitioner', 'GET', `/api/v1/contacts/${id}/progress`)
  // Dated the day the contact came in, not the day the manager decided.
  assert.equal(progress.body.referral_date, '2026-11-27')
  assert.deepEqual(progress.body.blockers, [])

  for (const child of [JAYDEN, AMELIA]) {
    const journey = await api('practitioner', 'GET', `/api/v1/people/${child}/journey`)
    const kinds = new Set(journey.body.events.map((event) => event.kind))
    for (const kind of ['contact', 'consent', 'check', 'decision', 'allocation']) assert.ok(kinds.has(kind), `${kind} on ${child}'s journey`)
    const decision = journey.body.events.find((event) => event.kind === 'decision')
    assert.match(decision.summary, /Both children need an assessment of their safety at home\./)
    // The words of each threshold factor, not its code: a child may read their journey one day.
    assert.match(decision.summary, /\n- Injury or harm that may not be accidental/)
    assert.doesNotMatch(decision.summary, /4\.D1/)
  }

  // What happened after Jayden's referral: refusals change nothing, then each step in order.
  const steps = `/api/v1/contacts/${id}/children/${JAYDEN}/steps`
  const recorded = count('case_steps')
  const conference = { kind: 'conference', date: '2026-12-01', conference: 'held', plan_followed: true, category: 'NEG' }
  const early = await api('practitioner', 'POST', steps, conference)
  assert.equal(early.status, 422)
  assert.equal(early.body.errors[0].message, 'Record the section 47 enquiry before its conference')
  const notTrueOrFalse = await api('practitioner', 'POST', steps, { kind: 'section_47', date: '2026-11-27', plan_followed: 'yes' })
  assert.deepEqual(notTrueOrFalse.body.errors, [{ field: 'plan_followed', message: 'Must be true or false' }])
  assert.equal((await api('practitioner', 'POST', steps, { kind: 'section_47', date: '2026-11-26' })).status, 422)
  assert.equal((await api('auditor', 'POST', steps, { kind: 'section_47', date: '2026-11-27' })).status, 403)
  assert.equal(count('case_steps'), recorded)
  const enquiry = await api('practitioner', 'POST', steps, { kind: 'section_47', date: '2026-11-27' })
  assert.equal(enquiry.status, 201)
  assert.equal(enquiry.body.title, 'Section 47 enquiry started')
  assert.equal((await api('manager', 'POST', steps, conference)).status, 201)
  // The plan's review conference comes after the day it started.
  const sameDay = await api('manager', 'POST', steps, { kind: 'protection_plan_review', date: '2026-12-01' })
  assert.deepEqual(sameDay.body.errors, [{ field: 'date', message: 'A review comes after the day the plan started (1 December 2026)' }])
  const review = await api('manager', 'POST', steps, { kind: 'protection_plan_review', date: '2026-12-02' })
  assert.equal(review.status, 201)
  assert.equal(review.body.title, 'Child protection plan reviewed')
  const episode = await api('auditor', 'GET', steps)
  assert.equal(episode.status, 200)
  assert.equal(episode.body.referral_date, '2026-11-27')
  assert.deepEqual(episode.body.section_47_enquiries, [{ start_date: '2026-11-27', conference_date: '2026-12-01', conference_not_required: false, plan_followed: true }])
  assert.deepEqual(episode.body.child_protection_plans, [{ start_date: '2026-12-01', end_date: null, initial_category: 'NEG', latest_category: 'NEG', review_dates: ['2026-12-02'], next_review_due: '2027-06-02' }])
  assert.deepEqual(episode.body.steps.map((step) => step.kind), ['section_47', 'conference', 'protection_plan_review'])
  assert.equal((await api('practitioner', 'GET', `/api/v1/contacts/${id}/children/4040/steps`)).status, 404)
  // Pre-proceedings, in order: their letter refused before they begin, a count that is not a whole
  // number refused by name, then begun, the letter and the decision.
  const letter = { kind: 'letter_before_proceedings', date: '2026-12-02', family_meeting: true }
  assert.deepEqual((await api('manager', 'POST', steps, letter)).body.errors, [{ field: 'kind', message: 'Record that pre-proceedings began first' }])
  assert.equal((await api('manager', 'POST', steps, { kind: 'pre_proceedings_start', date: '2026-12-02' })).status, 201)
  assert.equal((await api('manager', 'POST', steps, letter)).status, 201)
  assert.equal((await api('auditor', 'GET', steps)).body.pre_proceedings[0].decision_due, '2027-03-24')
  const preDecision = { kind: 'pre_proceedings_decision', date: '2026-12-03', outcome: 'A', family_meeting: true, review_meetings: 'two' }
  assert.deepEqual((await api('manager', 'POST', steps, preDecision)).body.errors, [{ field: 'review_meetings', message: 'Must be a whole number' }])
  const preDecided = await api('manager', 'POST', steps, { ...preDecision, review_meetings: 0 })
  assert.equal(preDecided.status, 201)
  assert.equal(preDecided.body.summary, 'Decided 3 December 2026: Stepped up: care proceedings to begin. A family group decision meeting was held. Review meetings after the first: 0.')
  assert.deepEqual((await api('auditor', 'GET', steps)).body.pre_proceedings, [{
    start_date: '2026-12-02', letter_sent_date: '2026-12-02', family_meeting_offered: true, first_meeting_date: null,
    decision_date: '2026-12-03', outcome: 'A', family_meeting_held: true, review_meetings: 0,
    court_application_date: null, decision_due: null, proceedings_letter_date: null }])

  const work = await api('practitioner', 'GET', '/api/v1/work')
  assert.deepEqual(work.body.items.filter((item) => item.kind === 'assessment').length, 2)
  // The open plan's next review is on the allocated worker's list too.
  const reviews = work.body.items.filter((item) => item.kind === 'plan_review')
  assert.deepEqual(reviews.map((item) => [item.title, item.link]), [['Child protection plan review of Jayden Smith', `/contacts/${id}/children/${JAYDEN}/steps`]])
  assert.match(reviews[0].due, /^2027-06-02T/)
  // The work list pages by cursor: one at a time gives the same list, each item once.
  const everything = work.body.items.map((item) => `${item.kind} ${item.link}`)
  const paged = []
  let cursor = null
  let firstCursor = null
  do {
    const page = await api('practitioner', 'GET', `/api/v1/work?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
    assert.equal(page.status, 200)
    assert.ok(page.body.items.length <= 1)
    paged.push(...page.body.items.map((item) => `${item.kind} ${item.link}`))
    cursor = page.body.next_cursor
    firstCursor ??= cursor
  } while (cursor && paged.length <= everything.length)
  assert.deepEqual(paged, everything)
  const otherScope = await api('practitioner', 'GET', `/api/v1/work?scope=team&cursor=${firstCursor}`)
  assert.equal(otherScope.status, 422)
  assert.equal(otherScope.body.errors[0].field, 'cursor')
  assert.equal((await api('practitioner', 'GET', '/api/v1/work?limit=0')).body.errors[0].field, 'limit')
  assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'decide' ORDER BY sequence DESC LIMIT 1"), /^allocated to test\.practitioner assessment_north/)
})

test('Annex A for the period lists the contact, the referrals with their 12-month counts, and the enquiry, by name', () => {
  const folder = mkdtempSync(join(tmpdir(), 'annex-a-'))
  try {
    const refused = runFrontdoor(['export', 'annex-a', '--database', database.url, '--from', '2026-12-31', '--to', '2026-11-01', '--out', folder])
    assert.equal(refused.status, 2)
    assert.match(refused.stderr, /--to: The period's last day cannot be before its first/)
    const csv = runFrontdoor(['export', 'annex-a', '--database', database.url, '--from', '2026-11-01', '--to', '2026-12-31', '--format', 'csv', '--out', folder])
    assert.equal(csv.status, 0, csv.stderr)
    assert.deepEqual(readdirSync(folder).sort(), ['annex-a-list-1-contacts.csv', 'annex-a-list-3-referrals.csv',
      'annex-a-list-4-assessments.csv', 'annex-a-list-5-section-47-enquiries.csv'])
    const rows = (name) => readFileSync(join(folder, `annex-a-${name}.csv`), 'utf8').trimEnd().split('\r\n').map((line) => line.split(','))
    const jayden = `C${String(JAYDEN).padStart(7, '0')}`
    const contacts = rows('list-1-contacts')
    assert.deepEqual(contacts[0], ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Date of Contact', 'Contact Source'])
    assert.ok(contacts.some((row) => row[5] === '2026-11-27' && row[6] === '6'), 'the police contact is listed')
    const referrals = rows('list-3-referrals')
    assert.deepEqual(referrals[0].slice(5), ['Date of referral', 'Referral Source', 'Referral NFA?', 'Number of Referrals in Last 12 Months', 'Allocated Team', 'Allocated Worker'])
    const his = referrals.find((row) => row[5] === '2026-11-27' && row[0] === jayden)
    assert.ok(his, 'Jayden\'s referral is listed')
    // Referred eight months before: a re-referral, so two referrals in the 12 months to this one.
    assert.deepEqual(his.slice(6), ['6', 'No', '2', 'Assessment team (north)', 'Test Practitioner'])
    const enquiries = rows('list-5-section-47-enquiries')
    assert.equal(enquiries.length, 2)
    assert.equal(enquiries[1][0], jayden)
    // Jayden's disability was never recorded: "Not recorded", not "No".
    assert.deepEqual(enquiries[1].slice(5), ['Not recorded', '2026-11-27', 'No', '2026-12-01', 'Yes', '1', '0', 'Assessment team (north)', 'Test Practitioner'])
    assert.equal(rows('list-4-assessments').length, 1)  // the header: no assessment yet
    const workbook = join(folder, 'annex-a.xlsx')
    const xlsx = runFrontdoor(['export', 'annex-a', '--database', database.url, '--from', '2026-11-01', '--to', '2026-12-31', '--out', workbook])
    assert.equal(xlsx.status, 0, xlsx.stderr)
    assert.match(xlsx.stdout, /List 5 section 47 enquiries: 1 rows/)
    assert.equal(readFileSync(workbook).subarray(0, 2).toString(), 'PK')  // a zip, as XLSX is
    assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'export_returns' ORDER BY sequence DESC LIMIT 1"), /^Annex A 2026-11-01 to 2026-12-31: \d+ contacts, \d+ referrals, 0 assessments, 1 enquiry/)
  } finally { rmSync(folder, { recursive: true, force: true }) }
})

test('the census for 2026-27 lists each problem by rule, refuses the file until forced, writes the enquiry and plan, and is brought into another database once however often it is imported', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'census-'))
  const file = join(folder, 'census.xml')
  const census = (...extra) => runFrontdoor(['export', 'census', '--database', database.url, '--year', '2026-27', ...extra])
  try {
    const jayden = `C${String(JAYDEN).padStart(7, '0')}`
    const contact = Number(database.sql(`SELECT contact_id FROM case_steps WHERE person_id = ${JAYDEN} LIMIT 1`))
    const checked = census('--check')
    assert.equal(checked.status, 1)
    // Jayden's referral led to an enquiry but no assessment yet, so no primary need.
    assert.match(checked.stdout, new RegExp(`error 8610, PrimaryNeedCode: child ${jayden}, referral on contact ${contact} \\(/contacts/${contact}\\)`))
    const refused = census('--out', file)
    assert.equal(refused.status, 1)
    assert.match(refused.stderr, /not written: the Department would reject the children above/)
    assert.deepEqual(readdirSync(folder), [])
    // His assessment starts; one at a time is under way. With it completed, his problem is gone.
    const jaydensSteps = `/api/v1/contacts/${contact}/children/${JAYDEN}/steps`
    const started = await api('practitioner', 'POST', jaydensSteps, { kind: 'assessment_start', date: '2026-11-27' })
    assert.equal(started.status, 201, JSON.stringify(started.body))
    assert.equal(started.body.title, 'Assessment started')
    const twice = await api('practitioner', 'POST', jaydensSteps, { kind: 'assessment_start', date: '2026-11-28' })
    assert.deepEqual(twice.body.errors, [{ field: 'kind', message: 'An assessment is already under way (started 27 November 2026)' }])
    assert.match(census('--check').stdout, new RegExp(`error 8610, PrimaryNeedCode: child ${jayden}, referral on contact ${contact}`))
    const assessed = await api('practitioner', 'POST', jaydensSteps, {
      kind: 'assessment', date: '2026-11-27', authorised: '2026-12-01', child_seen: true, factors: ['3B'], needs_support: true, primary_need: 'N1'
    })
    assert.equal(assessed.status, 201, JSON.stringify(assessed.body))
    const rechecked = census('--check').stdout
    assert.doesNotMatch(rechecked, new RegExp(`error 8610, PrimaryNeedCode: child ${jayden}, referral on contact ${contact}`))
    // His referral of eight months ago is still open: the Department allows one open at a time.
    assert.match(rechecked, new RegExp(`error 8820, CINreferralDate: child ${jayden}, referral on contact ${contact} .*while the one before it was still open`))
    const forced = census('--out', file, '--force')
    assert.equal(forced.status, 0, forced.stderr)
    const xml = readFileSync(file, 'utf8')
    assert.match(xml, /<Collection>CIN<\/Collection>\s*<Year>2027<\/Year>\s*<ReferenceDate>2027-03-31<\/ReferenceDate>/)
    const child = xml.slice(xml.indexOf(`<LAchildID>${jayden}</LAchildID>`))
    assert.match(child, /<CINreferralDate>2026-11-27<\/CINreferralDate>\s*<ReferralSource>6<\/ReferralSource>\s*<PrimaryNeedCode>N1<\/PrimaryNeedCode>/)
    assert.match(child, /<S47ActualStartDate>2026-11-27<\/S47ActualStartDate>[\s\S]*?<DateOfInitialCPC>2026-12-01<\/DateOfInitialCPC>/)
    assert.match(child, /<CPPstartDate>2026-12-01<\/CPPstartDate>\s*<InitialCategoryOfAbuse>NEG<\/InitialCategoryOfAbuse>/)
    assert.match(child, /<NumberOfPreviousCPP>\d+<\/NumberOfPreviousCPP>\s*<Reviews>\s*<CPPreviewDate>2026-12-02<\/CPPreviewDate>\s*<\/Reviews>/)
    // The assessment started and then completed is one assessment.
    const jaydensChild = child.slice(0, child.indexOf('</Child>'))
    assert.equal(jaydensChild.split('<Assessments>').length, 2)
    assert.match(jaydensChild, /<AssessmentActualStartDate>2026-11-27<\/AssessmentActualStartDate>\s*<AssessmentAuthorisationDate>2026-12-01<\/AssessmentAuthorisationDate>/)
    assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'export_returns' ORDER BY sequence DESC LIMIT 1"), /^Children in Need census 2026-27: \d+ children/)

    // Brought into an empty database: a dry run changes nothing, the import brings each child in
    // with their referrals, and the same file again changes nothing.
    const other = databaseWithAccounts()
    try {
      const importing = (path, ...extra) => runFrontdoor(['import', 'census', path, '--database', other.url, ...extra])
      const dry = importing(file, '--dry-run')
      assert.equal(dry.status, 0, dry.stderr)
      const [, children, fresh] = /Would bring in: (\d+) children \((\d+) new/.exec(dry.stdout)
      assert.ok(Number(children) > 0)
      assert.equal(fresh, children)
      assert.equal(other.sql('SELECT count(*) FROM people'), '0')
      const brought = importing(file)
      assert.equal(brought.status, 0, brought.stderr)
      assert.match(brought.stdout, new RegExp(`Brought in: ${children} children \\(${children} new`))
      const counts = () => other.sql('SELECT (SELECT count(*) FROM people) || \' \' || (SELECT count(*) FROM contacts) || \' \' || (SELECT count(*) FROM case_steps)')
      const after = counts()
      assert.equal(after.split(' ')[0], children)
      const again = importing(file)
      assert.equal(again.status, 0, again.stderr)
      assert.match(again.stdout, new RegExp(`Brought in: ${children} children \\(0 new, ${children} matched.*\\), 0 referrals with 0 steps`))
      assert.equal(counts(), after)
      assert.match(other.sql("SELECT detail FROM access_audit WHERE action = 'import_history' ORDER BY sequence LIMIT 1"), /^Census 2026-27 from census\.xml \(SHA-256 [0-9a-f]{64}\)/)
      // A date that is not one: the dry run names the file, line, child and element, and nothing changes.
      const broken = join(folder, 'broken.xml')
      writeFileSync(broken, readFileSync(file, 'utf8').replace(`<LAchildID>${jayden}</LAchildID>`, `<LAchildID>${jayden}</LAchildID><PersonBirthDate>2015-02-30</PersonBirthDate>`))
      const refused = importing(broken, '--dry-run')
      assert.equal(refused.status, 1)
      assert.match(refused.stdout, new RegExp(`broken\\.xml line \\d+, child ${jayden}, PersonBirthDate: "2015-02-30" is not a date`))
      assert.equal(counts(), after)
      const bad = join(folder, 'bad.xml')
      writeFileSync(bad, readFileSync(file, 'utf8').replace('</Children>', ''))
      const unreadable = importing(bad)
      assert.equal(unreadable.status, 1)
      assert.match(unreadable.stdout, /bad\.xml line \d+: Not well-formed XML: mismatched tag/)
      assert.match(unreadable.stderr, /nothing was changed/)
      assert.equal(counts(), after)
    } finally { other.drop() }
  } finally { rmSync(folder, { recursive: true, force: true }) }
})

test('a closure after refused consent says what was offered and is reported by month', async () => {
  const contact = await api('practitioner', 'POST', '/api/v1/contacts', {
    received_at: '2026-11-26T14:00', method: 'email', source: '2A', referrer: { name: 'Ms Patel' },
    children: [5], concern: 'Mohammed has been hungry at school most days this month.',
    family_agreement: 'agreed', urgency: 'soon'
  })
  const id = contact.body.id
  assert.equal((await api('practitioner', 'POST', `/api/v1/contacts/${id}/consents`, { kind: 'services', status: 'refused', given_by: 'Aisha Ali, mother', how: 'by phone' })).status, 201)
  const closing = { level: 2, level_indicators: ['2.P1'], outcome: 'advice_signposting' }
  const closure = proformaFor([5], { 5: closing }, { risk_indicators: ['2.P1'] })
  const withoutOffer = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, closure)
  assert.deepEqual(withoutOffer.body.errors.map((error) => error.field), ['consent_refused_offer-5'])
  const offered = proformaFor([5], { 5: { ...closing, consent_refused_offer: 'Free school meals and the family hub\'s food bank.' } }, { risk_indicators: ['2.P1'] })
  const closed = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, offered)
  assert.equal(closed.status, 201)
  assert.equal(closed.body.consent_closure, true)
  assert.equal(closed.body.children[0].consent_closure, true)
  const report = await api('auditor', 'GET', '/api/v1/reports/decisions')
  assert.equal(report.status, 200)
  assert.equal(report.body.consent_closures.length, 1)
  const month = closed.body.decided_at.slice(0, 7)
  assert.equal(report.body.consent_closures_by_month[month], 1)
  assert.equal((await api('practitioner', 'GET', '/api/v1/reports/decisions')).status, 403)
})

test('level 1 under level-4 risk factors needs a reason and is counted outside the usual routes', async () => {
  const contact = await api('practitioner', 'POST', '/api/v1/contacts', {
    received_at: '2026-11-29T10:00', method: 'phone', source: '2A', referrer: { name: 'Ms Patel' },
    children: [5], concern: 'Mohammed said a man at home hits his mum.', family_agreement: 'agreed', urgency: 'today'
  })
  const id = contact.body.id
  const low = proformaFor([5], { 5: { level: 1, level_indicators: ['1.F1'], outcome: 'no_further_action' } })
  const overridesBefore = (await api('manager', 'GET', '/api/v1/reports/decisions')).body.override_count
  const refused = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, low)
  assert.equal(refused.status, 422)
  assert.deepEqual(refused.body.errors.map((error) => [error.field, error.message]),
    [['override_reason-5', 'Mohammed Ali: the risk factors 4.D1, 4.F1 are above level 1: explain why level 1 is right for them']])
  low.children[0].override_reason = 'The man named has been in prison since June; the school has seen Mohammed daily since.'
  const decided = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, low)
  assert.equal(decided.status, 201)
  assert.equal(decided.body.is_override, true)
  assert.equal((await api('manager', 'GET', '/api/v1/reports/decisions')).body.override_count, overridesBefore + 1)

  // Reopened with a reason: the override no longer stands, and the decision it was is kept whole.
  assert.equal((await api('practitioner', 'POST', `/api/v1/contacts/${id}/reopen`, { reason: 'The school has sent a new account of last night.' })).status, 403)
  const noReason = await api('manager', 'POST', `/api/v1/contacts/${id}/reopen`, { reason: 'new' })
  assert.equal(noReason.status, 422)
  assert.equal(noReason.body.errors[0].field, 'reason')
  const reopened = await api('manager', 'POST', `/api/v1/contacts/${id}/reopen`, { reason: 'The police now say the man was released on Friday and is back at home.' })
  assert.equal(reopened.status, 200, JSON.stringify(reopened.body))
  assert.deepEqual(reopened.body, { contact_id: id, reopened_version: 1 })
  assert.equal((await api('manager', 'GET', '/api/v1/reports/decisions')).body.override_count, overridesBefore)
  const progress = await api('manager', 'GET', `/api/v1/contacts/${id}/progress`)
  assert.equal(progress.body.decision, null)
  assert.equal(progress.body.reopened.length, 1)
  assert.equal(progress.body.reopened[0].reason, 'The police now say the man was released on Friday and is back at home.')
  assert.equal(progress.body.reopened[0].decision.children[0].override_reason, low.children[0].override_reason)
  const again = proformaFor([5], { 5: { level: 4, level_indicators: ['4.D1'], outcome: 'strategy_discussion' } })
  assert.equal((await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, again)).status, 201)
  const journey = await api('manager', 'GET', '/api/v1/people/5/journey?kind=decision')
  assert.deepEqual(journey.body.events.map((event) => event.title.replace(/ at level.*/, '')).slice(0, 3),
    ['Decision: Strategy discussion (section 47)', 'Decision reopened', 'Earlier decision, since reopened: Decision: No further action'])
})

test('two siblings decided at different levels and outcomes: each journey shows only their own voice', async () => {
  const contact = await api('practitioner', 'POST', '/api/v1/contacts', {
    received_at: '2026-11-30T10:00', method: 'phone', source: '6',
    referrer: { name: 'PC Dawson', agency: 'Hampshire Police' },
    children: [JAYDEN, AMELIA], concern: 'Jayden told a teacher he is scared to go home.',
    family_agreement: 'agreed', urgency: 'today'
  })
  const id = contact.body.id
  assert.equal((await api('practitioner', 'POST', `/api/v1/contacts/${id}/consents`, { kind: 'services', status: 'given', given_by: 'Claire Smith, mother', how: 'in person' })).status, 201)
  assert.equal((await api('manager', 'POST', `/api/v1/contacts/${id}/checks-not-needed`, { reason: 'Police and school told us everything this morning, in person at the hub.' })).status, 201)
  // A primary need is for a referral only: given for Amelia's closure it is refused, naming her part.
  const needless = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, proformaFor([JAYDEN, AMELIA], {
    [JAYDEN]: { level: 3, level_indicators: ['3.F1'], primary_need: 'N1' },
    [AMELIA]: { level: 1, level_indicators: ['1.F1'], outcome: 'no_further_action', primary_need: 'N9', override_reason: 'Amelia lives with her grandmother and has not seen the partner since the spring.' }
  }, { risk_indicators: ['3.F1'] }))
  assert.equal(needless.status, 422)
  assert.deepEqual(needless.body.errors.map((error) => error.field), [`primary_need-${AMELIA}`])
  const decided = await api('manager', 'POST', `/api/v1/contacts/${id}/decision`, proformaFor([JAYDEN, AMELIA], {
    [JAYDEN]: { level: 3, level_indicators: ['3.F1'], child_voice: 'Jayden says he is scared to go home.', rationale: 'Jayden needs an assessment of his safety at home.', primary_need: 'N1' },
    [AMELIA]: { level: 1, level_indicators: ['1.F1'], outcome: 'no_further_action', child_voice: 'Amelia talks happily about nursery and her grandmother.', rationale: 'Amelia was not there and her needs are met at home and nursery.', override_reason: 'Amelia lives with her grandmother and has not seen the partner since the spring.' }
  }, { risk_indicators: ['3.F1'] }))
  assert.equal(decided.status, 201)
  assert.deepEqual(decided.body.children.map((child) => [child.person_id, child.level, child.outcome, child.referred, child.is_override, child.primary_need]),
    [[JAYDEN, 3, 'single_assessment', true, false, 'N1'], [AMELIA, 1, 'no_further_action', false, true, '']])
  const decisionOn = async (child) => {
    const journey = await api('practitioner', 'GET', `/api/v1/people/${child}/journey`)
    return journey.body.events.find((event) => event.kind === 'decision' && event.link === `/contacts/${id}`)
  }
  const his = await decisionOn(JAYDEN)
  const hers = await decisionOn(AMELIA)
  assert.match(his.summary, /scared to go home/)
  assert.doesNotMatch(his.summary, /nursery/)
  assert.match(hers.title, /No further action at level 1/)
  assert.match(hers.summary, /nursery and her grandmother/)
  assert.doesNotMatch(hers.summary, /scared to go home/)
  assert.match(hers.summary, /The injury and the partner's return/) // the household's analysis
  // Amelia is left out of the allocation with her own decision as the reason.
  const allocated = await api('manager', 'POST', `/api/v1/contacts/${id}/allocation`, { team: 'assessment_north', worker: 'test.practitioner' })
  assert.equal(allocated.status, 201)
  const amelia = allocated.body.allocations.find((one) => one.person_id === AMELIA)
  assert.equal(amelia.worker, '')
  assert.equal(amelia.excluded_reason, 'Decided on their own: No further action at level 1.')
})
