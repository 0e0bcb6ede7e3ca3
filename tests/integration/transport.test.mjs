// tests/integration/transport.test.mjs — the HTTP transport against hostile and slow clients, on the real binary.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import net from 'node:net'
import { databaseWithAccounts, startServer, rawExchange, until } from '../support/harness.mjs'

let database
let server

before(async () => {
  database = databaseWithAccounts()
  server = await startServer(database, ['--request-timeout-ms', '3000'], { migrate: false })
})
after(async () => {
  assert.equal(await server.stop(), 0)
  database.drop()
})

function post (path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Length': body.length, ...headers } }, (response) => {
      let text = ''
      response.on('data', (chunk) => { text += chunk })
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

async function healthy () {
  const response = await fetch(`${server.url}/health`)
  return response.status === 200
}

test('a 2 MB body is refused with 413, as problem details in the API, and the service stays up', async () => {
  const response = await post('/api/v1/feedback', Buffer.alloc(2 * 1024 * 1024, 'x'), { 'Content-Type': 'application/json' })
  assert.equal(response.status, 413)
  assert.equal(response.headers['content-type'], 'application/problem+json')
  const problem = JSON.parse(response.text)
  assert.equal(problem.status, 413)
  assert.equal(problem.title, 'Content Too Large')
  assert.equal(problem.detail, 'Request body too large')
  const page = await post('/feedback', Buffer.alloc(2 * 1024 * 1024, 'x'), { 'Content-Type': 'application/x-www-form-urlencoded' })
  assert.equal(page.status, 413)
  assert.match(page.headers['content-type'], /^text\/plain/)
  assert.ok(await healthy())
})

test('a 2 MB body announced with Expect: 100-continue is refused before it is sent', async () => {
  const reply = await rawExchange(server.port,
    `POST /api/v1/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\nExpect: 100-continue\r\n\r\n`, 5000)
  assert.match(reply, /^HTTP\/1\.1 413 /)
  assert.doesNotMatch(reply, /100 Continue/)
})

test('Expect: 100-continue within the limit is answered 100, then the request is handled', async () => {
  const body = '{"text":"sent after continue"}'
  const socket = net.connect(server.port, '127.0.0.1')
  let received = ''
  socket.on('data', (chunk) => {
    received += chunk
    if (received.includes('100 Continue') && !socket.bodySent) { socket.bodySent = true; socket.write(body) }
  })
  socket.write(`POST /api/v1/feedback HTTP/1.1\r\nHost: x\r\nAuthorization: ${database.practitioner}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`)
  await new Promise((resolve) => socket.on('close', resolve))
  assert.match(received, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 201 /)
})

test('a 20 KiB header is refused with 431', async () => {
  const reply = await rawExchange(server.port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20 * 1024)}\r\n\r\n`)
  assert.match(reply, /^HTTP\/1\.1 431 /)
  assert.ok(await healthy())
})

test('a malformed request line is refused with 400', async () => {
  for (const line of ['GARBAGE\r\n\r\n', 'GET /health HTTP/9.9\r\n\r\n', 'GET\x01 / HTTP/1.1\r\n\r\n', 'GET noslash HTTP/1.1\r\nHost: x\r\n\r\n']) {
    const reply = await rawExchange(server.port, line)
    assert.match(reply, /^HTTP\/1\.1 400 /, JSON.stringify(line))
  }
  assert.ok(await healthy())
})

test('an HTTP/1.1 request without exactly one Host is refused with 400; HTTP/1.0 needs none', async () => {
  for (const request of ['GET /health HTTP/1.1\r\nConnection: close\r\n\r\n', 'GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n']) {
    assert.match(await rawExchange(server.port, request), /^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*one Host header/, JSON.stringify(request))
  }
  assert.match(await rawExchange(server.port, 'GET /health HTTP/1.0\r\n\r\n'), /^HTTP\/1\.[01] 200 /)
})

test('unknown paths get 404 and wrong methods 405 with Allow', async () => {
  assert.equal((await fetch(`${server.url}/no-such-page`)).status, 404)
  const wrong = await fetch(`${server.url}/health`, { method: 'DELETE' })
  assert.equal(wrong.status, 405)
  assert.equal(wrong.headers.get('allow'), 'GET, HEAD')
})

test('HEAD answers with the headers of GET and no body', async () => {
  const get = await fetch(`${server.url}/accessibility`)
  const getBody = await get.text()
  const reply = await rawExchange(server.port, 'HEAD /accessibility HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
  const [head, body] = reply.split('\r\n\r\n')
  assert.match(head, /^HTTP\/1\.1 200 /)
  assert.match(head, new RegExp(`Content-Length: ${Buffer.byteLength(getBody)}`, 'i'))
  assert.equal(body, '')
})

test('pipelined requests are all answered in order', async () => {
  const reply = await rawExchange(server.port,
    'GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
  const statuses = [...reply.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => match[1])
  assert.deepEqual(statuses, ['200', '404', '200'])
})

test('20 clients sending a byte every 2 seconds do not delay a normal request by more than 100 ms', async () => {
  const baseline = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now(); await fetch(`${server.url}/health`); baseline.push(performance.now() - started)
  }
  const slow = []
  for (let i = 0; i < 20; i++) {
    const socket = net.connect(server.port, '127.0.0.1')
    socket.on('error', () => {})
    socket.closedByServer = new Promise((resolve) => socket.on('close', resolve))
    const text = 'POST /api/v1/feedback HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n'
    let position = 0
    socket.timer = setInterval(() => { if (position < text.length) socket.write(text[position++]) }, 2000)
    slow.push(socket)
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
  const during = []
  for (let i = 0; i < 10; i++) {
    const started = performance.now()
    const response = await fetch(`${server.url}/health`)
    await response.text()
    during.push(performance.now() - started)
  }
  const worst = Math.max(...during)
  const typical = baseline.sort((a, b) => a - b)[2]
  assert.ok(worst - typical < 100, `normal requests took up to ${worst.toFixed(1)} ms with slow clients connected (baseline ${typical.toFixed(1)} ms)`)
  // The whole-request deadline (3 s here) ends every slow client.
  const cutOff = await Promise.race([
    Promise.all(slow.map((socket) => socket.closedByServer)).then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 8000))
  ])
  slow.forEach((socket) => { clearInterval(socket.timer); socket.destroy() })
  assert.ok(cutOff, 'the server should close connections that do not finish a request within its deadline')
})

test('one structured log line per request, with no path, query, address or typed text in it', async () => {
  const marker = 'Zanzibar' + Date.now()
  await fetch(`${server.url}/accessibility?page=/people/${marker}`)
  await post('/api/v1/feedback', JSON.stringify({ text: `about ${marker}`, page: `/people/${marker}` }), { 'Content-Type': 'application/json', Authorization: database.practitioner })
  const requestLines = () => server.output().split('\n').filter((line) => line.includes('event=request '))
  await until(() => requestLines().some((line) => line.includes('route=/api/v1/feedback status=201')), 'the log to be flushed') // every second
  const lines = requestLines()
  assert.ok(lines.some((line) => /method=GET route=\/accessibility status=200 bytes=\d+ duration_ms=[\d.]+/.test(line)))
  assert.ok(lines.some((line) => /method=POST route=\/api\/v1\/feedback status=201 /.test(line)))
  assert.doesNotMatch(server.output(), new RegExp(marker))
  assert.ok(lines.every((line) => !line.includes('127.0.0.1')), 'request lines must not name the client address')
})

test('behind TLS, cookies are Secure and host-only (__Host-) and browsers are told to keep to TLS; on plain loopback none of these', async () => {
  const plain = await fetch(`${server.url}/sign-in`)
  assert.equal(plain.headers.get('strict-transport-security'), null)
  assert.doesNotMatch(plain.headers.get('set-cookie'), /Secure|__Host-/)
  const secure = await startServer(database, ['--secure-cookies'], { migrate: false })
  try {
    const form = await fetch(`${secure.url}/sign-in`)
    assert.equal(form.headers.get('strict-transport-security'), 'max-age=31536000')
    assert.match(form.headers.get('set-cookie'), /^__Host-frontdoor_form=[^;]+; Path=\/; .*; Secure$/)
    // The prefix is the cookie's name: one without it, as a plain-HTTP page or a neighbouring
    // subdomain could plant, is not taken for the sign-in form's.
    const token = (await form.text()).match(/name="form_token" value="([^"]+)"/)[1]
    const signIn = (cookie) => fetch(`${secure.url}/sign-in`, {
      method: 'POST', redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ form_token: token, username: 'nobody', password: 'not a password' }).toString()
    })
    const planted = await signIn(`frontdoor_form=${token}`)
    assert.equal(planted.status, 403)
    assert.match(await planted.text(), /This form has expired/)
    assert.equal((await signIn(`__Host-frontdoor_form=${token}`)).status, 400)
  } finally {
    assert.equal(await secure.stop(), 0)
  }
})

/** A request whose header (start line to blank line) is exactly `size` bytes, in fields of about 100. */
function headerOfSize (size) {
  let header = 'GET /health HTTP/1.1\r\nHost: x\r\n'
  while (size - header.length - 2 > 150) header += `X-${header.length}: ${'b'.repeat(90)}\r\n`
  const last = 'X-Last: '
  header += `${last}${'c'.repeat(size - header.length - last.length - 4)}\r\n\r\n`
  assert.equal(header.length, size)
  return header
}

test('the header limit is exact however many fields it is split into', async () => {
  assert.match(await rawExchange(server.port, headerOfSize(16 * 1024)), /^HTTP\/1\.1 200 /)
  assert.match(await rawExchange(server.port, headerOfSize(16 * 1024 + 1)), /^HTTP\/1\.1 431 /)
  assert.match(await rawExchange(server.port, headerOfSize(24 * 1024)), /^HTTP\/1\.1 431 /)
})

/** Opens `count` connections to `port` that send nothing; resolves when all are open. */
async function idleConnections (port, count) {
  const sockets = []
  for (let opened = 0; opened < count; opened++) {
    sockets.push(await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket))
      socket.on('error', () => {})
    }))
  }
  return sockets
}

test('connections held open without a request cannot keep anyone out', async () => {
  const capped = await startServer(database, ['--max-connections', '60', '--max-connections-per-address', '40'], { migrate: false })
  try {
    const idle = await idleConnections(capped.port, 200)
    // Each new connection past the limit closed an idle one: the newest are the ones still open.
    const started = Date.now()
    assert.equal((await fetch(`${capped.url}/health`)).status, 200)
    assert.ok(Date.now() - started < 1000, 'health answered slowly behind idle connections')
    for (const socket of idle) socket.destroy()
  } finally {
    assert.equal(await capped.stop(), 0)
  }
})

test('past the connections one address may hold, none of them idle, the next is answered 503 at once', async () => {
  const capped = await startServer(database, ['--max-connections-per-address', '40'], { migrate: false })
  try {
    // Forty connections each part-way through a request are not idle.
    const busy = await idleConnections(capped.port, 40)
    for (const socket of busy) socket.write('GET /health HTTP/1.1\r\n')
    await new Promise((resolve) => setTimeout(resolve, 300))
    // The forty-first is answered before it sends anything, and closed.
    const refused = await new Promise((resolve) => {
      const socket = net.connect(capped.port, '127.0.0.1')
      let received = ''
      socket.on('data', (chunk) => { received += chunk })
      socket.on('error', () => {})
      socket.on('close', () => resolve(received))
      setTimeout(() => socket.destroy(), 3000)
    })
    assert.match(refused, /^HTTP\/1\.1 503 Service Unavailable\r\nRetry-After: 1\r\n[\s\S]*Too many connections/)
    for (const socket of busy) socket.destroy()
  } finally {
    assert.equal(await capped.stop(), 0)
  }
})
