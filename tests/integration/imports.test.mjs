// tests/integration/imports.test.mjs — `frontdoor import csv` and `frontdoor import annex-a` on the real binary: an unreadable file changes nothing, a dry run names every problem by file, row, record and column and changes nothing, the files come in once however often they are imported, and a person who might be a child already here waits until a manager matches them through the API. An earlier census year (2021-22) made from generated data goes out with GenderCurrent and comes back the same.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addUser, bearerFor, databaseWithAccounts, freshDatabase, runFrontdoor, startServer } from '../support/harness.mjs'

let database
let server
let manager
const JAYDEN = 2

before(async () => {
  database = databaseWithAccounts()
  assert.equal(runFrontdoor(['demo-data', '--database', database.url]).status, 0)
  addUser(database, 'test.manager', 'manager')
  manager = bearerFor(database, 'test.manager')
  server = await startServer(database, [], { migrate: false })
})
after(async () => {
  await server.stop()
  database.drop()
})

async function api (method, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: manager, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: response.status, body: await response.json() }
}

test('CSV history: problems named by file, row, record and column; brought in once; a person who might be a child here waits for a manager', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'csv-'))
  const file = (name, text) => { const path = join(folder, name); writeFileSync(path, text); return path }
  try {
    // Jayden's birthday, under a spelling of his name that might be him.
    const born = database.sql(`SELECT date_of_birth FROM people WHERE id = ${JAYDEN}`).slice(0, 10)
    const [year, month, day] = born.split('-')
    const people = file('people.csv', 'person_id,given_name,family_name,date_of_birth,sex\n' +
      `P1,Jaden,Smith,${day}/${month}/${year},M\n` +
      'P2,Zara,Quinn,2012-03-04,F\n' +
      'P3,Tom,Hill,31/02/2015,M\n')
    const households = file('households.csv', 'household_id,person_id,address_line_1,town,postcode,from\nH1,P2,4 Elm Close,Southampton,so16 3aa,2012-03-04\n')
    const contacts = file('contacts.csv', 'contact_id,received,source,concern,children,outcome,referrer_name\n' +
      'K1,2026-06-03 09:40,2A,"Zara said ""I am scared to go home""",P2,no_further_action,Ms Jones\n' +
      'K2,2026-07-01,1B,Grandmother worried,P1,advice_signposting,\n')
    const referrals = file('referrals.csv', 'contact_id,person_id,outcome,primary_need\nK1,P2,single_assessment,N1\n,P2,,N1\n')
    const importing = (...extra) => runFrontdoor(['import', 'csv', '--database', database.url, '--source', 'old',
      '--people', people, '--households', households, '--contacts', contacts, '--referrals', referrals, ...extra])
    const counts = () => database.sql("SELECT (SELECT count(*) FROM people) || ' ' || (SELECT count(*) FROM contacts) || ' ' || (SELECT count(*) FROM household_members)")
    const before = counts()

    // A quote out of place: the files are refused whole.
    const broken = file('broken.csv', 'person_id,given_name,family_name\nP1,Ja"den,Smith\n')
    const unreadable = runFrontdoor(['import', 'csv', '--database', database.url, '--people', broken])
    assert.equal(unreadable.status, 1)
    assert.match(unreadable.stdout, /broken\.csv row 2: A quote out of place/)
    assert.match(unreadable.stderr, /nothing was changed/)
    const misnamed = runFrontdoor(['import', 'csv', '--database', database.url, '--people', file('misnamed.csv', 'person_id,given_name,surname\n')])
    assert.equal(misnamed.status, 1)
    assert.match(misnamed.stdout, /misnamed\.csv row 1, surname: This file has no column of that name/)
    assert.match(misnamed.stdout, /misnamed\.csv row 1, family_name: This column is missing from the header/)

    // The dry run says what would happen and changes nothing.
    const dry = importing('--dry-run')
    assert.equal(dry.status, 1, dry.stderr)
    assert.match(dry.stdout, /people\.csv row 4, record P3, date_of_birth: Date of birth must be a real date/)
    assert.match(dry.stdout, /people\.csv: 3 rows would bring in 1 new, 0 matched here, 0 already here, 1 for a manager to review, 1 with problems/)
    assert.match(dry.stdout, /contacts\.csv row 3, record K2, person_id: Person P1 waits for a manager/)
    assert.match(dry.stdout, /contacts\.csv: 2 rows would bring in 1 new, .* 1 with problems; 1 referrals/)
    assert.match(dry.stdout, /referrals\.csv row 3, contact_id: Give the record's id in the previous system/)
    assert.equal(counts(), before)

    const first = importing()
    assert.equal(first.status, 1)  // P3 and K2 are not in yet
    assert.match(first.stdout, /people\.csv: 3 rows brought in 1 new, 0 matched here, 0 already here, 1 for a manager to review, 1 with problems/)
    assert.match(first.stdout, /households\.csv: 1 rows brought in 1 new/)
    assert.match(first.stdout, /A manager matches the people waiting for review at \/imports\/reviews/)
    const zara = Number(database.sql("SELECT record_id FROM import_keys WHERE source = 'csv old' AND external_id = 'P2'"))
    assert.equal(database.sql(`SELECT referral_date FROM contacts c JOIN child_decisions cd ON cd.contact_id = c.id WHERE cd.person_id = ${zara} AND cd.referred = TRUE`).slice(0, 10), '2026-06-03')
    assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'import_history' ORDER BY sequence LIMIT 1"), /^CSV files people\.csv, households\.csv, contacts\.csv, referrals\.csv from csv old \(SHA-256 [0-9a-f]{64}\)/)

    // The manager says Jaden is Jayden; the files again bring in his contact.
    const waiting = await api('GET', '/api/v1/imports/reviews')
    assert.equal(waiting.status, 200)
    const review = waiting.body.reviews.find((item) => item.child.la_child_id === 'P1')
    assert.equal(review.name, 'Jaden Smith')
    assert.ok(review.candidates.some((person) => person.id === JAYDEN))
    const matched = await api('POST', `/api/v1/imports/reviews/${review.id}`, { person_id: JAYDEN })
    assert.equal(matched.status, 200, JSON.stringify(matched.body))
    assert.equal(matched.body.status, 'matched')
    const jaydenContacts = () => database.sql(`SELECT count(*) FROM child_decisions WHERE person_id = ${JAYDEN}`)
    const his = jaydenContacts()
    const second = importing()
    assert.equal(second.status, 1)  // P3 still has its problem
    assert.match(second.stdout, /people\.csv: 3 rows brought in 0 new, 0 matched here, 2 already here, 0 for a manager to review, 1 with problems/)
    assert.match(second.stdout, /contacts\.csv: 2 rows brought in 1 new, 0 matched here, 1 already here, 0 for a manager to review, 0 with problems/)
    assert.equal(Number(jaydenContacts()), Number(his) + 1)

    // Once more: nothing changes.
    const after = counts()
    const third = importing()
    assert.match(third.stdout, /contacts\.csv: 2 rows brought in 0 new, 0 matched here, 2 already here/)
    assert.equal(counts(), after)
  } finally { rmSync(folder, { recursive: true, force: true }) }
})

test('Annex A lists: a list with the wrong columns refused whole; a dry run changes nothing; brought in once; a child who might be one here waits for a manager; a workbook read sheet by sheet', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'annex-a-'))
  const file = (name, text) => { const path = join(folder, name); writeFileSync(path, text); return path }
  try {
    const born = database.sql(`SELECT date_of_birth FROM people WHERE id = ${JAYDEN}`).slice(0, 10)
    const child = 'Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years)'
    const list1 = file('list-1.csv', `${child},Date of Contact,Contact Source\r\nA2,Female,WBRI,03/02/2011,15,2026-01-05,1B\r\n`)
    const list3 = file('list-3.csv', `${child},Date of referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker\r\n` +
      `A1,Male,,${born},,2026-02-02,2A,Yes,1,,\r\n` +
      'A2,Female,WBRI,03/02/2011,15,2026-01-12,3A,No,1,Team A,Sam Worker\r\n')
    const list4 = file('list-4.csv', `${child},Does the Child have a Disability,Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children's social care support?,Allocated Team,Allocated Worker\r\n` +
      'A2,Female,WBRI,03/02/2011,15,No,2026-01-13,Yes,2026-02-20,Yes,Team A,Sam Worker\r\n')
    const importing = (...extra) => runFrontdoor(['import', 'annex-a', '--database', database.url, '--source', 'old lists', list1, list3, list4, ...extra])
    const counts = () => database.sql("SELECT (SELECT count(*) FROM people) || ' ' || (SELECT count(*) FROM contacts) || ' ' || (SELECT count(*) FROM case_steps)")
    const before = counts()

    const misnamed = runFrontdoor(['import', 'annex-a', '--database', database.url, list3,
      file('list-5.csv', `${child},Disability,Start\r\n`)])
    assert.equal(misnamed.status, 1)
    assert.match(misnamed.stdout, /list-5\.csv row 1: The columns are not those of Annex A list 1, 3, 4 or 5/)
    assert.match(misnamed.stderr, /nothing was changed/)

    const dry = importing('--dry-run')
    assert.equal(dry.status, 0, dry.stdout + dry.stderr)
    assert.match(dry.stdout, /Left out: list-1\.csv row 2, child A2, Date of Contact: The contact of 5 January 2026 did not become a referral/)
    assert.match(dry.stdout, /Would bring in: 2 children \(1 new, 0 matched, 1 for a manager to review, 0 with problems\), 1 referrals with 1 steps after them/)
    assert.equal(counts(), before)

    const first = importing()
    assert.equal(first.status, 0, first.stdout + first.stderr)
    assert.match(first.stdout, /Brought in: 2 children \(1 new, 0 matched, 1 for a manager to review, 0 with problems\)/)
    const a2 = Number(database.sql("SELECT record_id FROM import_keys WHERE source = 'old lists' AND external_id = 'A2'"))
    assert.equal(database.sql(`SELECT family_name FROM people WHERE id = ${a2}`), '(Annex A A2)')
    assert.equal(database.sql(`SELECT referral_date FROM contacts c JOIN child_decisions cd ON cd.contact_id = c.id WHERE cd.person_id = ${a2}`).slice(0, 10), '2026-01-12')
    assert.equal(database.sql(`SELECT primary_need FROM case_steps WHERE person_id = ${a2} AND kind = 'assessment'`), 'N0')
    assert.match(database.sql("SELECT detail FROM access_audit WHERE action = 'import_history' AND detail LIKE 'Annex A lists%'"), /^Annex A lists from list-1\.csv, list-3\.csv, list-4\.csv \(SHA-256 [0-9a-f]{64}\)/)

    // The manager says A1 is Jayden: his referral, closed with no further action, comes in.
    const waiting = await api('GET', '/api/v1/imports/reviews')
    const review = waiting.body.reviews.find((item) => item.child.la_child_id === 'A1')
    assert.ok(review, JSON.stringify(waiting.body))
    assert.ok(review.candidates.some((person) => person.id === JAYDEN))
    const referralsOfJayden = () => Number(database.sql(`SELECT count(*) FROM child_decisions WHERE person_id = ${JAYDEN} AND referred = TRUE`))
    const his = referralsOfJayden()
    const matched = await api('POST', `/api/v1/imports/reviews/${review.id}`, { person_id: JAYDEN })
    assert.equal(matched.status, 200, JSON.stringify(matched.body))
    assert.equal(referralsOfJayden(), his + 1)

    // Once more: nothing changes.
    const after = counts()
    const again = importing()
    assert.match(again.stdout, /Brought in: 2 children \(0 new, 2 matched, 0 for a manager to review, 0 with problems\), 0 referrals with 0 steps after them, 2 referrals already here/)
    assert.equal(counts(), after)

    // The export's workbook, read sheet by sheet: its children are this database's own ids under
    // another source, so nothing is certain and the dry run only counts them.
    const workbook = join(folder, 'annex-a.xlsx')
    const exported = runFrontdoor(['export', 'annex-a', '--database', database.url, '--from', '2025-01-01', '--to', '2026-03-01', '--out', workbook])
    assert.equal(exported.status, 0, exported.stderr)
    const read = runFrontdoor(['import', 'annex-a', '--database', database.url, '--source', 'workbook', workbook, '--dry-run'])
    assert.equal(read.status, 0, read.stdout + read.stderr)
    assert.match(read.stdout, /Would bring in: [1-9][0-9]* children/)
    assert.equal(counts(), after)
  } finally { rmSync(folder, { recursive: true, force: true }) }
})

test('an earlier census year: data generated as of 2 May 2022 exports 2021-22 with GenderCurrent, and comes back from another database the same', async () => {
  const made = freshDatabase()
  const other = freshDatabase()
  const folder = mkdtempSync(join(tmpdir(), 'census-2021-'))
  try {
    for (const db of [made, other]) assert.equal(runFrontdoor(['migrate', '--database', db.url]).status, 0)
    const refused = runFrontdoor(['generate', '--database', made.url, '--children', '60', '--as-of', '2022-13-02'])
    assert.equal(refused.status, 2)
    assert.match(refused.stderr, /give --as-of as a day, 2022-05-02/)
    assert.equal(made.sql('SELECT count(*) FROM people'), '0')
    const generated = runFrontdoor(['generate', '--database', made.url, '--children', '60', '--as-of', '2022-05-02'])
    assert.equal(generated.status, 0, generated.stderr)
    const file = join(folder, 'c.xml')
    const exported = runFrontdoor(['export', 'census', '--database', made.url, '--year', '2021-22', '--out', file])
    assert.equal(exported.status, 0, exported.stderr)
    const xml = readFileSync(file, 'utf8')
    assert.match(xml, /<Year>2022<\/Year>/)
    assert.match(xml, /<GenderCurrent>[12]<\/GenderCurrent>/)
    assert.doesNotMatch(xml, /<Sex>/)
    assert.equal(runFrontdoor(['import', 'census', file, '--database', other.url]).status, 0)
    const again = join(folder, 'again.xml')
    assert.equal(runFrontdoor(['export', 'census', '--database', other.url, '--year', '2021-22', '--out', again]).status, 0)
    const lines = (text) => text.split('\n').filter((line) => !/DateTime|NumberOfPreviousCPP/.test(line))
    assert.deepEqual(lines(readFileSync(again, 'utf8')), lines(xml))
  } finally {
    rmSync(folder, { recursive: true, force: true })
    made.drop()
    other.drop()
  }
})
