// bench/dashboard/dashboard_bench.mjs — the dashboard for a year on a national-scale database:
// the first view after every day was forgotten (it counts both years), the views after it through
// the API and as a page in Chromium, and the view after one new contact (its children's days
// counted again); beside them, how long one direct count of the year's contacts takes.
// Usage: node bench/dashboard/dashboard_bench.mjs DATABASE_URL (sqlite:PATH or postgresql://...)
import { performance } from 'node:perf_hooks'
import { frontdoor, practitionerToken, sqlOn, startServer } from '../bench_support.mjs'
import { launchBrowser, signedInPage } from '../../tests/support/browser.mjs'

const url = process.argv[2]
const kind = url.startsWith('sqlite:') ? 'sqlite' : 'postgresql'
const sql = sqlOn(url, kind)
const runs = Number(process.env.BENCH_RUNS ?? 5)

try { frontdoor(['user', 'add', '--database', url, '--username', 'bench.performance', '--full-name', 'Bench Analyst', '--job-title', 'Performance officer', '--role', 'performance', '--password-stdin'], 'purple tractor morning\n') } catch {}
const analyst = frontdoor(['token', 'create', '--database', url, '--username', 'bench.performance']).trim().split('\n').at(-1)
const practitioner = practitionerToken(url)
// Forget every counted day, as an import would.
sql('INSERT INTO dashboard_changes (contact_id) VALUES (NULL)')

const { server, base } = await startServer(url)
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
const yearAgo = new Date(`${today}T12:00:00Z`)
yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1)
yearAgo.setUTCDate(yearAgo.getUTCDate() + 1)
const from = yearAgo.toISOString().slice(0, 10)
const query = `/api/v1/dashboard?from=${from}&to=${today}`

async function timed (what, request) {
  const start = performance.now()
  const response = await request()
  const body = await response.json()
  if (response.status !== 200) throw new Error(`${what}: ${response.status} ${JSON.stringify(body)}`)
  return { ms: performance.now() - start, body }
}
const view = () => timed('view', () => fetch(base + query, { headers: { Authorization: `Bearer ${analyst}` } }))
const ms = (list) => list.map((one) => Math.round(one)).join(', ')

const results = { database: kind, period: `${from} to ${today}` }
const first = await view()
results.first_view_days_counted = first.body.days_counted
results.first_view_ms = Math.round(first.ms)
const figure = (body, code) => body.figures.find((one) => one.figure === code)
results.contacts = figure(first.body, 'contacts').this_period
results.children = figure(first.body, 'children').this_period
results.decided = figure(first.body, 'decided').this_period
const warm = []
for (let i = 0; i < runs; i++) warm.push((await view()).ms)
results.api_views_ms = ms(warm)

// The page, as a browser shows it: from asking for it to the load event.
const browser = await launchBrowser()
const problems = []
const page = await signedInPage(browser, `${base}/`, 'bench.performance', problems)
const pages = []
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  await page.goto(`${base}/dashboard`)
  pages.push(performance.now() - start)
}
results.page_views_ms = ms(pages)
await browser.close()

// One new contact about a child already known: its days, and its brothers' and sisters', are
// counted again on the next view.
const child = Number(sql("SELECT person_id FROM contact_people WHERE role = 'child' AND contact_id = (SELECT MAX(id) FROM contacts WHERE id IN (SELECT contact_id FROM child_decisions))"))
const recorded = await fetch(`${base}/api/v1/contacts`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${practitioner}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ received_at: new Date().toISOString().slice(0, 16), method: 'phone', source: '1B', referrer: { name: 'Ms Reid', agency: 'School' }, children: [child], concern: 'Arrived hungry again this morning.', family_agreement: 'agreed', urgency: 'not_urgent' })
})
if (recorded.status !== 201) throw new Error(`contact: ${recorded.status} ${await recorded.text()}`)
const after = await view()
results.view_after_a_contact_ms = Math.round(after.ms)
results.days_counted_after_a_contact = after.body.days_counted
results.contacts_after = figure(after.body, 'contacts').this_period

// One direct count of the year's contacts, as the dashboard would need without its kept figures.
const bounds = first.body.from
const start = performance.now()
sql(`SELECT count(*) FROM contacts c JOIN contact_people cp ON cp.contact_id = c.id AND cp.role = 'child' LEFT JOIN child_decisions cd ON cd.contact_id = c.id AND cd.person_id = cp.person_id WHERE c.received_at >= '${bounds}' AND cd.referred = TRUE`)
results.one_direct_count_ms = Math.round(performance.now() - start)

server.kill('SIGTERM')
console.log(JSON.stringify(results, null, 2))
if (problems.length) console.error(problems)
