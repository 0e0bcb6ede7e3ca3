// tests/integration/deployment.test.mjs — the production layout of deploy/ on this machine: Debian's
// nginx, configured by deploy/nginx-frontdoor.conf (ports and certificate changed for the test),
// terminating TLS with a throwaway certificate in front of two frontdoor instances on one
// PostgreSQL. Signing in through nginx, a contact recorded through it read on each instance,
// sign-in limits shared, and one instance stopped mid-load: the other answers and nothing
// acknowledged is lost.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { databaseKind, databaseWithAccounts, startServer } from '../support/harness.mjs'

const root = new URL('../..', import.meta.url).pathname
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function freePort () {
  return new Promise((resolve) => {
    const listener = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = listener.address()
      listener.close(() => resolve(port))
    })
  })
}

/** deploy/nginx-frontdoor.conf as it is, but for the ports, addresses and certificate files. */
function siteFor (upstreams, plain, tls, folder) {
  const site = readFileSync(join(root, 'deploy', 'nginx-frontdoor.conf'), 'utf8')
    .replace('server 127.0.0.1:8081', `server 127.0.0.1:${upstreams[0]}`)
    .replace('server 127.0.0.1:8082', `server 127.0.0.1:${upstreams[1]}`)
    .replace(/^\s*listen \[::\]:\d+.*$/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${plain};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${tls} ssl http2;`)
    .replace('/etc/ssl/certs/frontdoor.pem', join(folder, 'cert.pem'))
    .replace('/etc/ssl/private/frontdoor.key', join(folder, 'key.pem'))
    .replaceAll('/var/log/nginx/frontdoor-access.log', join(folder, 'access.log'))
  assert.match(site, new RegExp(`server 127\\.0\\.0\\.1:${upstreams[1]}`))
  assert.match(site, new RegExp(`listen 127\\.0\\.0\\.1:${tls} ssl`))
  return site
}

test('two instances behind nginx over TLS: one stopped mid-load, nothing acknowledged lost, sign-in limits shared', { skip: databaseKind !== 'postgresql' && 'two instances share one PostgreSQL', timeout: 180000 }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-deploy-'))
  const database = databaseWithAccounts()
  const instances = []
  let nginx
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')], { stdio: 'ignore' })
    const ca = readFileSync(join(folder, 'cert.pem'))
    const serving = ['--secure-cookies', '--trusted-proxy', '127.0.0.1', '--max-connections-per-address', '0']
    instances.push(await startServer(database, serving, { migrate: false }))
    instances.push(await startServer(database, serving, { migrate: false }))
    const [plain, tls] = [await freePort(), await freePort()]
    writeFileSync(join(folder, 'site.conf'), siteFor(instances.map((one) => one.port), plain, tls, folder))
    writeFileSync(join(folder, 'nginx.conf'), `worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  include ${folder}/site.conf;
}
`)
    nginx = spawn('/usr/sbin/nginx', ['-p', folder, '-c', join(folder, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' })
    const request = (method, path, { headers = {}, body } = {}) => new Promise((resolve, reject) => {
      const outgoing = https.request({ host: '127.0.0.1', port: tls, servername: 'localhost', ca, method, path, headers }, (response) => {
        let text = ''
        response.on('data', (chunk) => { text += chunk })
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text }))
      })
      outgoing.on('error', reject)
      if (body) outgoing.write(body)
      outgoing.end()
    })
    for (let tries = 0; tries < 50; tries++) {
      try { if ((await request('GET', '/health/ready')).status === 200) break } catch { await sleep(100) }
    }
    const ready = await request('GET', '/health/ready')
    assert.equal(ready.status, 200)
    assert.match(ready.headers['strict-transport-security'], /max-age=/)
    assert.match(ready.headers['x-request-id'], /^[0-9a-f]{32}$/) // nginx's own $request_id
    assert.equal((await request('GET', '/metrics')).status, 404)

    // Signing in through nginx: the session cookie is Secure and host-only (its name's __Host-
    // prefix), and the next page is served.
    const form = await request('GET', '/sign-in')
    const formToken = form.text.match(/name="form_token" value="([^"]+)"/)[1]
    const formCookie = form.headers['set-cookie'].map((cookie) => cookie.split(';')[0]).join('; ')
    const signIn = (password, cookie = formCookie, token = formToken) => request('POST', '/sign-in', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ form_token: token, username: 'test.practitioner', password }).toString()
    })
    const signedIn = await signIn('purple tractor morning')
    assert.equal(signedIn.status, 303)
    const session = signedIn.headers['set-cookie'].find((cookie) => /session/i.test(cookie))
    assert.match(session, /^__Host-frontdoor_session=[^;]+; .*Path=\/; .*Secure/)
    const home = await request('GET', '/', { headers: { Cookie: session.split(';')[0] } })
    assert.equal(home.status, 200)

    // A contact recorded through nginx is read on each instance.
    const api = (method, path, body) => request(method, path, {
      headers: { Authorization: database.practitioner, 'Content-Type': 'application/json' }, body: body && JSON.stringify(body)
    }).then((answer) => ({ ...answer, body: JSON.parse(answer.text) }))
    const child = await api('POST', '/api/v1/people', { given_name: 'Ada', family_name: 'Twin', date_of_birth: '2017-02-02' })
    assert.equal(child.status, 201)
    const contact = (n) => ({
      received_at: '2026-12-01T09:00', method: 'phone', source: '8', referrer: { name: `Caller ${n}` },
      children: [child.body.id], concern: `Concern ${n}: Ada was seen alone on the ring road.`, family_agreement: 'not_asked', urgency: 'soon'
    })
    const first = await api('POST', '/api/v1/contacts', contact(0))
    assert.equal(first.status, 201)
    for (const instance of instances) {
      const read = await fetch(`${instance.url}/api/v1/contacts/${first.body.id}`, { headers: { Authorization: database.practitioner } })
      assert.equal(read.status, 200)
    }

    // Searches through nginx, on the page and through the API: its access log keeps the paths
    // and request ids, never the names and dates of birth searched for.
    const cookie = session.split(';')[0]
    const searched = await request('POST', '/people', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({
        csrf_token: home.text.match(/name="csrf_token" value="([^"]+)"/)[1], name: 'Zebedee Quorn',
        'date_of_birth-day': '4', 'date_of_birth-month': '3', 'date_of_birth-year': '2016'
      }).toString()
    })
    assert.equal(searched.status, 303)
    const search = await request('GET', searched.headers.location, { headers: { Cookie: cookie } })
    assert.match(search.text, /No one matches/)
    const apiSearch = await api('GET', '/api/v1/people?name=Zebedee%20Quorn&date_of_birth=2016-03-04')
    assert.equal(apiSearch.status, 200)
    const accessLog = readFileSync(join(folder, 'access.log'), 'utf8')
    assert.doesNotMatch(accessLog, /Zebedee|Quorn|2016-03-04|name=/)
    for (const [answer, line] of [[search, '"GET /people HTTP/1.1" 200 '], [apiSearch, '"GET /api/v1/people HTTP/1.1" 200 ']]) {
      assert.ok(accessLog.split('\n').some((logged) => logged.includes(answer.headers['x-request-id']) && logged.includes(line)), line)
    }

    // Sign-in limits are the database's: five wrong passwords on one instance lock the account on
    // the other too.
    const direct = async (instance, password) => {
      const page = await fetch(`${instance.url}/sign-in`)
      const token = (await page.text()).match(/name="form_token" value="([^"]+)"/)[1]
      return fetch(`${instance.url}/sign-in`, {
        method: 'POST', redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `__Host-frontdoor_form=${token}` },
        body: new URLSearchParams({ form_token: token, username: 'test.admin', password }).toString()
      })
    }
    for (let attempt = 0; attempt < 5; attempt++) assert.equal((await direct(instances[0], 'not my password')).status, 400)
    assert.equal((await direct(instances[1], 'purple tractor morning')).status, 400)

    // One instance stopped mid-load: what was acknowledged is kept, and the other answers.
    const acknowledged = [first.body.id]
    const answers = []
    let writing = true
    let sent = 1
    let stoppedAt = Infinity
    const writer = async () => {
      while (writing) {
        const at = performance.now()
        const answer = await api('POST', '/api/v1/contacts', contact(sent++)).catch(() => ({ status: 0 }))
        answers.push({ at, status: answer.status })
        if (answer.status === 201) acknowledged.push(answer.body.id)
      }
    }
    const writers = [writer(), writer(), writer(), writer()]
    while (acknowledged.length < 40) await sleep(10)
    stoppedAt = performance.now()
    await instances[0].stop('SIGTERM')
    const stoppedAcknowledged = acknowledged.length
    while (acknowledged.length < stoppedAcknowledged + 40 || performance.now() < stoppedAt + 2000) await sleep(10)
    writing = false
    await Promise.all(writers)
    const after = answers.filter((answer) => answer.at > stoppedAt + 500)
    assert.ok(after.length >= 20)
    assert.deepEqual(after.filter((answer) => answer.status !== 201), [], 'after the stop every request is answered by the other instance')
    const kept = new Set(database.sql('SELECT id FROM contacts').split('\n').map(Number))
    for (const id of acknowledged) assert.ok(kept.has(id), `acknowledged contact ${id} is kept`)
    const failed = answers.filter((answer) => answer.status !== 201)
    console.log(`deployment: ${answers.length} contacts sent, ${failed.length} not acknowledged (${JSON.stringify(failed.map((answer) => answer.status))}), ${after.length} sent after the stop`)
    assert.ok(failed.length <= 4, `${failed.length} requests failed while the instance stopped: ${JSON.stringify(failed)}`)
  } finally {
    if (nginx) nginx.kill('SIGTERM')
    for (const instance of instances) await instance.stop()
    database.drop()
    rmSync(folder, { recursive: true, force: true })
  }
})
