// tests/e2e/decision_journey.test.mjs — across roles: a police contact about two siblings (one a re-referral), consent not asked because of risk, checks with police, health and education, the decision held until they answer, oversight deciding each sibling on their own evidence (Jayden at level 4 for an assessment, Amelia at level 3 for early help), allocation, and every step on each child's journey.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
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
  addUser(database, 'test.manager', 'manager')
  addUser(database, 'test.health', 'partner', 'health')
  addUser(database, 'test.police', 'partner', 'police')
  server = await startServer(database, [], { migrate: false })
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
  database?.drop()
})

/** A signed-in person's own browser, which fails the test on any script error or failed asset. A
 * manager sets up two-step verification on the way. */
function personAt (username, path, problems) {
  return signedInPage(browser, `${server.url}${path}`, username, problems, async (page) => {
    if (username !== 'test.manager') return
    await page.waitForURL(/\/two-step\/setup/)
    await page.getByLabel('Code from the app').fill(totp((await page.locator('#secret').innerText()).trim()))
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'I have kept my codes, continue' }).click()
  })
}

const heading = async (page) => (await page.locator('h1').innerText()).trim()

// A partner answers with their agency's words; staff passing on a call say whose words they are
// (`relayedFrom`), and are asked for it first if they leave it out.
async function answerCheck (page, about, answer, what, relayedFrom) {
  await page.goto(`${server.url}/checks`)
  await expectAccessible(page, `${what}: checks waiting`)
  await page.locator('#open-checks tr', { hasText: about }).getByRole('link').first().click()
  assert.equal(await heading(page), 'Answer a check')
  await expectAccessible(page, `${what}: answer form`)
  // The partner is told who asked by name and job, to call back: never by a username.
  assert.match(await page.locator('.govuk-summary-list').first().innerText(), /Asked by\s+Test Practitioner, Practitioner, \d/)
  // Who it is about, and where they live, so the agency can search its own records.
  assert.match(await page.locator('.govuk-summary-list').first().innerText(), /About\s+Jayden Smith, born 14 May 2015, lives at 14 Oakbank Road/)
  if (relayedFrom) {
    await page.getByLabel('What the agency said').fill(answer)
    await page.getByRole('button', { name: 'Send answer' }).click()
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter who at the agency gave it, and how/)
    await expectAccessible(page, `${what}: answer form with an error`)
    await page.getByLabel('Who at the agency gave this, and how?').fill(relayedFrom)
  } else {
    await page.getByLabel('What your agency knows').fill(answer)
  }
  await page.getByRole('button', { name: 'Send answer' }).click()
  await page.waitForURL(`${server.url}/checks?answered=1`)
  await expectAccessible(page, `${what}: answer sent`)
}

test('a re-referral of two siblings goes from a police contact to allocation across five people', async () => {
  const problems = []

  // The practitioner records the police contact about Jayden (referred eight months ago) and Amelia.
  const practitioner = await personAt('test.practitioner', '/people/2', problems)
  // What is known shows on the person page, and on the contact form before anything is saved.
  assert.match(await practitioner.locator('.govuk-summary-card', { hasText: 'Earlier contacts' }).innerText(), /Re-referral[\s\S]*Open involvement\s+Referred on \d+ \w+ \d{4}: not closed, and no worker allocated\./)
  await practitioner.getByRole('button', { name: 'Record a contact about Jayden' }).click()
  const known = await practitioner.locator('#known').innerText()
  assert.match(known, /Jayden Smith\s+Re-referral/)
  assert.match(known, /In the last 12 months\s+1 contact, 1 referral(\s|$)/)
  assert.match(known, /Amelia Smith/)
  await expectAccessible(practitioner, 'contact form with what is known')
  await practitioner.getByLabel('Amelia Smith (lives with Jayden)').check()
  await practitioner.getByLabel('Phone', { exact: true }).check()
  await practitioner.getByLabel('Who they are').selectOption({ label: 'Police' })
  await practitioner.getByLabel('Their name').fill('PC Dawson')
  await practitioner.getByLabel('Their organisation (optional)').fill('Hampshire Police')
  await practitioner.getByLabel('The concern, in their words').fill('Officers attended a domestic incident at the home last night. Jayden had a fresh bruise on his arm; Amelia was hiding upstairs.')
  await practitioner.getByLabel('The family was not asked').check()
  await practitioner.getByLabel('Needs a response today').check()
  await practitioner.getByRole('button', { name: 'Save contact' }).click()
  await practitioner.waitForURL(/\/contacts\/\d+\?created=1/)
  const contactPath = new URL(practitioner.url()).pathname
  assert.match(await practitioner.locator('.govuk-summary-card').filter({ has: practitioner.locator('h3', { hasText: 'Jayden Smith' }) }).innerText(), /Re-referral/)
  assert.match(await practitioner.locator('#decision-blocked').innerText(), /referred in the last 12 months/)
  await expectAccessible(practitioner, 'contact with what happens next')

  // The manager decides consent to share is not asked, because asking would put the children at risk.
  const manager = await personAt('test.manager', contactPath, problems)
  await manager.getByRole('link', { name: 'Record consent' }).click()
  assert.equal(await heading(manager), 'Record consent')
  await expectAccessible(manager, 'consent form')
  await manager.getByRole('button', { name: 'Save consent' }).click()
  assert.match(await manager.locator('.govuk-error-summary').innerText(), /Choose whether this is consent to share or to services/)
  await expectAccessible(manager, 'consent form with errors')
  await manager.getByLabel('Consent to share information', { exact: true }).check()
  await manager.getByLabel('Not asked, because asking would increase the risk of significant harm').check()
  await manager.getByLabel('Why asking would increase the risk').fill('Asking would warn the mother\'s partner, who Jayden says hurt him, before the police can act.')
  await manager.getByRole('button', { name: 'Save consent' }).click()
  await manager.waitForURL(new RegExp(`${contactPath}\\?saved=consent#next$`))
  assert.match(await manager.locator('#consent-summary').innerText(), /To share information\s+Not asked, because asking would increase the risk/)
  // Each save says so.
  assert.match(await manager.locator('#saved').innerText(), /Success\s+Consent recorded/)
  await expectAccessible(manager, 'contact with a success banner')

  // The practitioner asks police, health and education.
  await practitioner.goto(`${server.url}${contactPath}`)
  await practitioner.getByRole('link', { name: 'Ask partner agencies what they know' }).click()
  await expectAccessible(practitioner, 'checks form')
  await practitioner.getByLabel('Police', { exact: true }).check()
  await practitioner.getByLabel('Health', { exact: true }).check()
  await practitioner.getByLabel('Education', { exact: true }).check()
  await practitioner.getByLabel(/^Red: the child may be at risk now/).check()
  await practitioner.getByLabel('What do you need to know?').fill('Any incidents, injuries or school concerns about Jayden, Amelia or the adults at home this year?')
  await practitioner.getByRole('button', { name: 'Send the checks' }).click()
  await practitioner.waitForURL(new RegExp(`${contactPath}\\?saved=checks#next$`))
  assert.equal(await practitioner.locator('#checks tbody tr').count(), 3)
  assert.match(await practitioner.locator('#saved').innerText(), /Checks sent to the partner agencies/)

  // Health answers theirs, and sees only theirs.
  const health = await personAt('test.health', '/checks', problems)
  assert.equal(await health.locator('#open-checks tbody tr').count(), 1)
  assert.match(await health.locator('#open-checks').innerText(), /Health/)
  // The same check open in a second tab, to answer again after the first answer is saved.
  const secondTab = await health.context().newPage()
  await secondTab.goto(`${server.url}/checks`)
  await secondTab.locator('#open-checks tr', { hasText: 'Jayden Smith' }).getByRole('link').first().click()
  await answerCheck(health, 'Jayden Smith', 'Jayden was seen at the walk-in centre in May with a burn to his hand; the explanation was accepted.', 'health partner')
  // The second answer is not saved, but put in the box to add to the answer so its words are not
  // lost; health sends it as an addition, and the answer stands as it was sent.
  await secondTab.getByLabel('What your agency knows').fill('Also seen by the school nurse in June.')
  await secondTab.getByRole('button', { name: 'Send answer' }).click()
  assert.equal(await heading(secondTab), 'A check answered')
  assert.match(await secondTab.locator('.govuk-error-summary').innerText(), /This check was answered already/)
  assert.match(await secondTab.locator('#not-saved').innerText(), /Your answer was not saved/)
  assert.equal(await secondTab.getByLabel('What your agency has found since').inputValue(), 'Also seen by the school nurse in June.')
  await expectAccessible(secondTab, 'health partner: a second answer not saved')
  await secondTab.getByRole('button', { name: 'Add to the answer' }).click()
  await secondTab.waitForURL(/\/checks\/\d+\?added=1#additions$/)
  assert.match(await secondTab.locator('#added').innerText(), /Added to the answer/)
  assert.match(await secondTab.locator('#answer').innerText(), /walk-in centre in May/)
  assert.match(await secondTab.locator('.govuk-summary-list').innerText(), /Added [^\n]*\s+Also seen by the school nurse in June/)
  await expectAccessible(secondTab, 'health partner: an addition saved')
  await secondTab.close()
  // What health answered stays listed for them, and opens to read back.
  await health.goto(`${server.url}/checks`)
  await health.locator('#answered-checks tr', { hasText: 'Jayden Smith' }).getByRole('link').first().click()
  assert.equal(await heading(health), 'A check answered')
  assert.match(await health.locator('#answer').innerText(), /walk-in centre in May/)

  // The manager cannot conclude while police and education have not answered.
  const proforma = async (strengths = 'Claire called the police herself; both children are settled at school and close to each other.', withOverride = true) => {
    await manager.locator('input[name="risk_indicators"][value="4.D1"]').check()
    await manager.locator('input[name="risk_indicators"][value="4.F1"]').check()
    await manager.getByLabel('The risks, in your words').fill('A fresh bruise on Jayden after a violent incident; the mother\'s partner has returned to the home.')
    await manager.getByLabel('Strengths and protective factors').fill(strengths)
    await manager.getByLabel('Your analysis').fill('The injury and the partner\'s return make further harm likely unless the family is supported and the children are protected.')
    // Then each child on their own evidence: Jayden at level 4, Amelia at level 3 for early help.
    const jayden = manager.locator('#child-2')
    const amelia = manager.locator('#child-3')
    await jayden.getByLabel('Their voice and daily life').fill('JAYDEN told the officer he hides in Amelia\'s room when the shouting starts; the SW knows.')
    // As it is typed, "SW" is flagged; the child's name in capitals never is.
    await manager.locator('#child_voice-2-language li').first().waitFor()
    const voiceWarnings = await manager.locator('#child_voice-2-language').innerText()
    assert.match(voiceWarnings, /"SW" may not be understood/)
    assert.doesNotMatch(voiceWarnings, /JAYDEN/)
    await jayden.locator('input[name="level-2"][value="4"]').check()
    await jayden.locator('input[name="level_indicators-2"][value="4.D1"]').check()
    await jayden.locator('input[name="level_indicators-2"][value="4.F1"]').check()
    await jayden.getByLabel('Single assessment (section 17)').check()
    await jayden.getByLabel('The reasons for the decision').fill('Jayden needs an assessment of his safety at home, with the police informed throughout.')
    // His referral's primary need is known now; it could be left for the assessment.
    await jayden.getByLabel(/the child's primary need/).selectOption('N1')
    await amelia.getByLabel('Their voice and daily life').fill('Amelia loves her dance class and says home is too noisy to sleep.')
    await amelia.locator('input[name="level-3"][value="3"]').check()
    await amelia.locator('input[name="level_indicators-3"][value="3.F1"]').check()
    await amelia.getByLabel('Early help (Children and Families First)').check()
    await amelia.getByLabel('The reasons for the decision').fill('Amelia was not hurt; early help with the whole family will support her sleep and routines.')
    if (withOverride) await amelia.getByLabel(/^If the decision is outside the usual routes/).fill('Amelia was asleep at her grandmother\'s; the violence has not been part of her days.')
    await manager.getByLabel('Next steps', { exact: true }).fill('Visit both children at school tomorrow; speak to Claire alone.')
    await manager.getByRole('button', { name: 'Continue' }).click()
  }
  await manager.goto(`${server.url}${contactPath}`)
  await manager.getByRole('button', { name: 'Record management oversight' }).click()
  assert.equal(await heading(manager), 'Management oversight')
  // What the agencies said is beside the decision: health's answer, and who has not answered.
  const answers = await manager.locator('#partner-answers').innerText()
  assert.match(answers, /Health\s+Jayden was seen at the walk-in centre in May[\s\S]*Added [^\n]*\s+Also seen by the school nurse in June/)
  assert.match(answers, /Police\s+Not answered yet due by/)
  await expectAccessible(manager, 'oversight form')
  await manager.getByRole('button', { name: 'Continue' }).click()
  const missing = await manager.locator('.govuk-error-summary').innerText()
  for (const part of [/Choose the risk factors/, /Describe the risks/, /strengths and protective factors/, /Write your analysis/,
    /Jayden Smith: describe their voice and daily life/, /Amelia Smith: choose the threshold level/, /Jayden Smith: choose the decision/,
    /Amelia Smith: explain the reasons for the decision/, /Write the next steps/]) assert.match(missing, part)
  await expectAccessible(manager, 'oversight form with errors')
  assert.match(missing, /wait for Education and Police to answer before deciding/)
  await proforma(undefined, false)
  const refused = await manager.locator('.govuk-error-summary').innerText()
  // Amelia's level is below the household's level-4 risk factors: that needs a reason.
  assert.match(refused, /Amelia Smith: the risk factors 4\.D1, 4\.F1 are above level 3: explain why level 3 is right for them/)
  assert.match(refused, /wait for Education and Police to answer before deciding/)
  assert.match(refused, /needs the family's consent to services/)
  assert.doesNotMatch(refused, /Choose the risk factors/)
  assert.equal(database.sql(`SELECT count(*) FROM decisions WHERE contact_id = ${contactPath.split('/').at(-1)}`), '0')

  // Police answer; the practitioner records what the school told them on the phone.
  const police = await personAt('test.police', '/checks', problems)
  await answerCheck(police, 'Jayden Smith', 'Two domestic abuse call-outs this year; the partner has a conviction for assault.', 'police partner')
  await answerCheck(practitioner, 'Education', 'The school says Jayden has been withdrawn for two weeks; attendance is 91%.', 'practitioner for education', 'Mrs Khan, head teacher, by phone')

  // The assessment needs the family's consent to services: Claire agreed when the officers visited.
  await practitioner.goto(`${server.url}${contactPath}/consent`)
  await practitioner.getByLabel('Consent to services', { exact: true }).check()
  await practitioner.getByLabel('Given', { exact: true }).check()
  await practitioner.getByLabel('Who gave, refused or withdrew it').fill('Claire Smith, mother')
  await practitioner.getByLabel('How they said so').fill('in person, to the officers')
  await practitioner.getByRole('button', { name: 'Save consent' }).click()
  await practitioner.waitForURL(new RegExp(`${contactPath}\\?saved=consent#next$`))

  await manager.goto(`${server.url}${contactPath}/oversight`)
  // The school's answer says whose words it is, passed on by the practitioner.
  assert.match(await manager.locator('#partner-answers').innerText(), /Education\s+The school says[\s\S]*passing on Mrs Khan, head teacher, by phone/)
  // "N/A" as the strengths is taken, and counted in the decision reports.
  await proforma('N/A')
  // Every answer to check before it is concluded; changing them keeps what was written.
  assert.equal(await heading(manager), 'Check your answers before concluding the decision')
  assert.match(await manager.locator('.govuk-summary-card', { hasText: 'Amelia Smith' }).innerText(),
    /Early help \(Children and Families First\)[\s\S]*Outside the usual routes, because\s+Amelia was asleep/)
  assert.match(await manager.locator('.govuk-summary-card', { hasText: 'Jayden Smith' }).innerText(),
    /Primary need\s+Abuse or neglect/)
  // Each wording warning under the answer it is about.
  assert.match(await manager.locator('#wording-warnings').innerText(), /"SW" may not be understood/)
  assert.match(await manager.locator('#wording-warnings').innerText(), /Strengths and protective factors\s+"N\/A"/)
  await expectAccessible(manager, 'oversight answers to check')
  assert.equal(database.sql(`SELECT count(*) FROM decisions WHERE contact_id = ${contactPath.split('/').at(-1)}`), '0')
  await manager.getByRole('button', { name: 'Change your answers' }).click()
  assert.equal(await heading(manager), 'Management oversight')
  assert.match(await manager.locator('#child-3').getByLabel('Their voice and daily life').inputValue(), /dance class/)
  await manager.getByRole('button', { name: 'Continue' }).click()
  await manager.getByRole('button', { name: 'Conclude the decision' }).click()
  await manager.waitForURL(new RegExp(`${contactPath}\\?saved=decision#next$`))
  assert.equal(database.sql(`SELECT primary_need FROM child_decisions WHERE contact_id = ${contactPath.split('/').at(-1)} AND person_id = 2`), 'N1')
  const decision = await manager.locator('#decision').innerText()
  assert.match(decision, /Primary need: Abuse or neglect\./)
  assert.match(decision, /Jayden Smith\s+Single assessment \(section 17\)\. Level 4: Safeguarding\./)
  assert.match(decision, /Amelia Smith\s+Early help \(Children and Families First\)\. Level 3: Universal Partnership Plus\./)
  assert.match(decision, /Became a referral on/)
  assert.match(await manager.locator('#decision-due').innerText(), /Decided in time/)
  await expectAccessible(manager, 'contact decided')

  // Before allocating, the manager reopens it with a reason: the answers come back to change, and
  // the decision as it was stays on the journey.
  await manager.getByRole('button', { name: 'Reopen the decision' }).click()
  assert.equal(await heading(manager), 'Reopen the decision')
  await expectAccessible(manager, 'reopen form')
  await manager.getByRole('button', { name: 'Reopen the decision' }).click()
  assert.match(await manager.locator('.govuk-error-summary').innerText(), /Explain why the decision is being reopened/)
  await manager.getByLabel('Why are you reopening the decision?').fill("Amelia's grandmother rang: Amelia stays with her this week.")
  await manager.getByRole('button', { name: 'Reopen the decision' }).click()
  await manager.waitForURL(new RegExp(`${contactPath}\\?saved=reopened#next$`))
  assert.match(await manager.locator('#reopened').innerText(), /Reason: Amelia's grandmother rang/)
  await expectAccessible(manager, 'contact with its decision reopened')
  await manager.getByRole('button', { name: 'Record management oversight' }).click()
  assert.match(await manager.locator('#child-3').getByLabel('Their voice and daily life').inputValue(), /dance class/)
  await manager.getByRole('button', { name: 'Continue' }).click()
  await manager.getByRole('button', { name: 'Conclude the decision' }).click()
  await manager.waitForURL(new RegExp(`${contactPath}\\?saved=decision#next$`))

  await manager.getByRole('button', { name: 'Allocate' }).click()
  assert.equal(await heading(manager), 'Allocate')
  await expectAccessible(manager, 'allocation form')
  assert.match(await manager.locator('#allocated-children').innerText(),
    /Jayden Smith\s+Amelia Smith: not allocated\. Decided on their own: Early help \(Children and Families First\) at level 3\./)
  await manager.getByLabel('Team').selectOption({ label: 'Assessment team (north)' })
  await manager.getByLabel('Worker').selectOption({ label: 'Test Practitioner, Practitioner' })
  await manager.getByRole('button', { name: 'Allocate' }).click()
  await manager.waitForURL(new RegExp(`${contactPath}\\?saved=allocation#next$`))
  const allocations = await manager.locator('#allocations').innerText()
  assert.match(allocations, /Jayden Smith: Test Practitioner, Practitioner, Assessment team \(north\)/)
  assert.match(allocations, /Amelia Smith: not allocated with the other children\. Reason: Decided on their own: Early help/)

  // The allocated worker records what happened after Jayden's referral: refused until it says what,
  // then a section 47 enquiry, its conference found not needed and an assessment's start, each on
  // the page and his journey.
  await practitioner.goto(`${server.url}${contactPath}`)
  await practitioner.getByRole('link', { name: 'After the referral of Jayden Smith' }).click()
  assert.equal(await heading(practitioner), 'After the referral: Jayden Smith')
  await expectAccessible(practitioner, 'after the referral')
  await practitioner.getByRole('button', { name: 'Continue' }).click()
  assert.match(await practitioner.locator('.govuk-error-summary').innerText(), /Select what happened/)
  await expectAccessible(practitioner, 'after the referral, refused')
  const [year, month, day] = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' }).split('-')
  const recordStep = async (kind, choose) => {
    await practitioner.getByLabel(kind, { exact: true }).check()
    await practitioner.getByRole('button', { name: 'Continue' }).click()
    assert.equal((await practitioner.locator('#record').innerText()).trim(), `Record: ${kind}`)
    await choose?.()
    await practitioner.locator('#date').fill(day)
    await practitioner.locator('#date-month').fill(month)
    await practitioner.locator('#date-year').fill(year)
    await practitioner.getByRole('button', { name: 'Record it' }).click()
    await practitioner.waitForURL(/\/steps\?saved=/)
    assert.match(await practitioner.locator('#saved').innerText(), new RegExp(`Recorded: ${kind}`))
  }
  await recordStep('Section 47 enquiry started')
  await recordStep('Initial child protection conference',
    () => practitioner.getByLabel('Not needed after the enquiry').check())
  await recordStep('Assessment started')
  assert.match(await practitioner.locator('#step-list').innerText(),
    /Section 47 enquiry started[\s\S]*Initial child protection conference\s+Not needed after the section 47 enquiry\.\s+Recorded by Test Practitioner, Practitioner[\s\S]*Assessment started/)
  await expectAccessible(practitioner, 'after the referral, three steps')
  // Pre-proceedings begun and their letter sent; the decision's questions refused unanswered.
  await recordStep('Pre-proceedings begun')
  assert.match(await practitioner.locator('#pre-proceedings-due').innerText(), /^By .* \(sixteen weeks after pre-proceedings began on /)
  await recordStep('Letter before proceedings sent',
    () => practitioner.getByLabel('Yes', { exact: true }).check())
  await practitioner.getByLabel('Pre-proceedings decision: step up or down', { exact: true }).check()
  await practitioner.getByRole('button', { name: 'Continue' }).click()
  await practitioner.locator('#date').fill(day)
  await practitioner.locator('#date-month').fill(month)
  await practitioner.locator('#date-year').fill(year)
  await practitioner.getByRole('button', { name: 'Record it' }).click()
  const undecided = await practitioner.locator('.govuk-error-summary').innerText()
  assert.match(undecided, /Select how pre-proceedings ended/)
  assert.match(undecided, /Say whether a family group decision meeting was held/)
  await expectAccessible(practitioner, 'the pre-proceedings decision, refused')
  await practitioner.getByRole('link', { name: 'Choose something else that happened' }).click()
  await practitioner.getByLabel('Assessment completed', { exact: true }).check()
  await practitioner.getByRole('button', { name: 'Continue' }).click()
  await practitioner.getByLabel('No factors identified').check()
  await expectAccessible(practitioner, 'the assessment form')
  await manager.goto(`${server.url}/reports/decisions`)
  assert.equal((await manager.locator('#thin-reasoning-count').innerText()).trim(), '1')
  assert.equal((await manager.locator('#override-count').innerText()).trim(), '1')
  assert.match(await manager.locator('#overrides').innerText(), /Early help \(Children and Families First\) \(level 3\)\s+Amelia was asleep at her grandmother's/)
  assert.match(await manager.locator('#thin-reasoning').innerText(), /strengths: "N\/A"/)
  assert.match(await manager.locator('#overrides').innerText(), /Test Manager, Manager/)
  await expectAccessible(manager, 'decision reports')

  // Each child's journey shows every step, with the household's parts and their own in full, and
  // never their brother's or sister's own.
  const shared = [/Contact from police/, /Consent to share information: Not asked/, /Asking would warn the mother's partner/,
    /Police asked what they know/, /Health answered/, /burn to his hand/, /Police answered/, /Education answered/,
    /Consent to services: Given/, /The injury and the partner's return make further harm likely/,
    /Decision reopened[\s\S]*?Reason: Amelia's grandmother rang/, /Earlier decision, since reopened: Decision:/]
  const own = {
    Jayden: [/Decision: Single assessment \(section 17\) at level 4 \(Safeguarding\)/, /- Injury or harm that may not be accidental/,
      /hides in Amelia's room/, /Jayden needs an assessment of his safety/, /Allocated to Test Practitioner, Practitioner, Assessment team \(north\)/,
      /Section 47 enquiry started/, /Initial child protection conference[\s\S]*?Not needed after the section 47 enquiry/, /Assessment started/,
      /Letter before proceedings sent[\s\S]*?It offered a family group decision meeting\./],
    Amelia: [/Decision: Early help \(Children and Families First\) at level 3 \(Universal Partnership Plus\)/, /- Domestic abuse in the home/,
      /dance class/, /early help with the whole family/, /Not allocated with the children they live with/]
  }
  for (const [id, name, sibling] of [[2, 'Jayden', 'Amelia'], [3, 'Amelia', 'Jayden']]) {
    await practitioner.goto(`${server.url}/people/${id}/journey`)
    const journey = await practitioner.locator('#journey').innerText()
    for (const step of [...shared, ...own[name]]) assert.match(journey, step, `${name}'s journey shows ${step}`)
    // Signed by the people who took each step, by name and job title.
    assert.match(journey, /recorded by Test Manager, Manager/)
    // (The indicators are left out: the household's risk factors name them for both.)
    for (const step of [0, 2, 3].map((index) => own[sibling][index])) assert.doesNotMatch(journey, step, `${name}'s journey does not show ${step}`)
    if (name === 'Amelia') assert.doesNotMatch(journey, /Section 47 enquiry/)
    await expectAccessible(practitioner, `${name}'s journey`)
  }
  await practitioner.goto(`${server.url}/work`)
  assert.equal(await practitioner.locator('#work-items tbody tr', { hasText: 'Assessment of Jayden Smith (Test Practitioner, Practitioner)' }).count(), 1)
  await expectAccessible(practitioner, 'my work')
  assert.deepEqual(problems, [])
})

test('a child who may be in danger now: act first, decided within hours, tagged on the work list', async () => {
  const problems = []
  const practitioner = await personAt('test.practitioner', '/people/5', problems)
  await practitioner.getByRole('button', { name: 'Record a contact about Mohammed' }).click()
  await practitioner.getByLabel('Phone', { exact: true }).check()
  await practitioner.getByLabel('Who they are').selectOption({ label: 'Anonymous' })
  await practitioner.getByLabel('Their name').fill('A neighbour')
  await practitioner.getByLabel('The concern, in their words').fill('Screaming from the flat tonight and Mohammed shouting for help.')
  await practitioner.getByLabel('The family was not asked').check()
  await practitioner.getByLabel('The child may be in danger now').check()
  await practitioner.getByRole('button', { name: 'Save contact' }).click()
  await practitioner.waitForURL(/\/contacts\/\d+\?created=1/)
  assert.match(await practitioner.locator('#danger-now').innerText(), /call the police on 999 and hold a strategy discussion straight away/)
  // Due two hours after it came in, day or night.
  const due = await practitioner.locator('#decision-due').innerText()
  // As each database prints it: 2026-12-02T11:40:00.000Z (SQLite) or 2026-12-02 11:40:00+00.
  const stored = database.sql('SELECT received_at FROM contacts ORDER BY id DESC LIMIT 1').trim()
  const received = new Date(stored.replace(' ', 'T').replace(/\+00$/, 'Z'))
  const expected = new Date(received.getTime() + 2 * 3600 * 1000).toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }).replace(' ', '').toLowerCase()
  assert.match(due, new RegExp(`Decision due by .* at ${expected}`))
  await expectAccessible(practitioner, 'contact about a child who may be in danger now')
  await practitioner.goto(`${server.url}/work`)
  assert.match(await practitioner.locator('#work-items tr', { hasText: 'Decision on contact' }).first().innerText(), /Due within a day/)
  await expectAccessible(practitioner, 'work list with tags')
  assert.deepEqual(problems, [])
})
