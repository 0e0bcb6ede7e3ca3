// tests/client/partner.ts — what a partner agency's system would write: a typed client made from
// the served OpenAPI document (openapi-typescript's `paths`, called through openapi-fetch).
// Compiled with tsc --strict against the types generated from the document, so a route, field or
// answer the server changes without the document fails to compile; run against the server by
// tests/integration/generated_client.test.mjs.
import createClient from 'openapi-fetch'
import type { paths } from './api.js'

export interface PartnerJourney {
  personId: number
  sameChildFound: boolean
  contactReference: string
  contactSentAgainIsTheSame: boolean
  childrenOnContact: number[]
  checksSeen: number
}

/** Adds a child, finds them, records a contact about them (sent twice with one key, as a retry
 * would) and reads it back, then lists the checks waiting a page at a time. */
export async function runPartnerJourney (baseUrl: string, token: string): Promise<PartnerJourney> {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } })

  const added = await client.POST('/api/v1/people', {
    body: { given_name: 'Orla', family_name: 'Penhaligon', date_of_birth: '2017-06-21' }
  })
  if (added.error || !added.data) throw new Error(`adding a person: ${JSON.stringify(added.error)}`)
  const personId: number = added.data.id

  const found = await client.GET('/api/v1/people', {
    params: { query: { name: 'Orla Penhaligon', date_of_birth: '2017-06-21', limit: 5 } }
  })
  if (found.error || !found.data) throw new Error(`searching: ${JSON.stringify(found.error)}`)
  const sameChildFound = found.data.matches.some((match) => match.person.id === personId)

  const contact = {
    received_at: '2026-11-30T10:15',
    method: 'phone' as const,
    referrer: { name: 'Nurse Tamsin Reed', agency: 'Solent NHS Trust' },
    source: '3D',
    children: [personId],
    concern: 'Orla came to clinic with bruising on her arms that her father could not explain.',
    family_agreement: 'not_asked' as const,
    urgency: 'today' as const
  }
  const key = { 'Idempotency-Key': `partner-${personId}` }
  const recorded = await client.POST('/api/v1/contacts', { params: { header: key }, body: contact })
  const again = await client.POST('/api/v1/contacts', { params: { header: key }, body: contact })
  if (recorded.error || !recorded.data || again.error || !again.data) {
    throw new Error(`recording a contact: ${JSON.stringify(recorded.error ?? again.error)}`)
  }

  const read = await client.GET('/api/v1/contacts/{id}', { params: { path: { id: recorded.data.id } } })
  if (read.error || !read.data) throw new Error(`reading the contact: ${JSON.stringify(read.error)}`)
  const childrenOnContact = 'children' in read.data ? read.data.children : []

  let checksSeen = 0
  let cursor: string | undefined
  for (let page = 0; page < 50; page++) {
    const checks = await client.GET('/api/v1/checks', { params: { query: { limit: 1, cursor } } })
    if (checks.error || !checks.data) throw new Error(`listing checks: ${JSON.stringify(checks.error)}`)
    checksSeen += checks.data.checks.length
    if (checks.data.next_cursor === null) break
    cursor = checks.data.next_cursor
  }

  return {
    personId,
    sameChildFound,
    contactReference: recorded.data.reference,
    contactSentAgainIsTheSame: again.data.id === recorded.data.id,
    childrenOnContact,
    checksSeen
  }
}
