// Share links: the contract other tools rely on (e2e/link.go makes the same
// links in Go). A link's fragment is
//
//   #py=3.11&code=<base64url, no padding, of the raw-DEFLATE UTF-8 source>[&run=1]
//
// The code lives in the fragment, never in the query, so it is not sent to
// any server. Raw DEFLATE (no zlib header) keeps links short and is what
// Go's compress/flate writes.

/** Python versions a link may name; the first is the default. */
export const PYTHONS = ['3.11', '3.6'];

/** Upper bound on a decoded script, so a crafted link cannot inflate into
 * gigabytes (a few kilobytes of DEFLATE can). */
const MAX_SOURCE_BYTES = 1 << 20;

/** A share link that cannot be read; its message is shown to the user. */
export class ShareLinkError extends Error {}

/** Compresses and encodes source for the code= parameter. */
export async function encodeSource(source) {
  const bytes = new TextEncoder().encode(source);
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const deflated = new Uint8Array(await new Response(stream).arrayBuffer());
  return toBase64url(deflated);
}

/** Decodes a code= parameter back to source; throws ShareLinkError. */
export async function decodeSource(code) {
  const deflated = fromBase64url(code);
  let bytes;
  try {
    bytes = await inflate(deflated);
  } catch (err) {
    if (err instanceof ShareLinkError) throw err;
    throw new ShareLinkError('its code is not valid compressed data');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareLinkError('its code is not valid UTF-8 text');
  }
}

/**
 * Reads a location fragment ("#py=...&code=..."). Returns null when there is
 * nothing to read, else {python, source, run}; throws ShareLinkError when
 * the fragment is a share link that cannot be used.
 */
export async function readFragment(hash) {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return null;
  const params = new URLSearchParams(text);
  if (!params.has('code') && !params.has('py')) {
    throw new ShareLinkError('it has no code= part');
  }
  const python = params.get('py') ?? PYTHONS[0];
  if (!PYTHONS.includes(python)) {
    throw new ShareLinkError(`it asks for Python ${JSON.stringify(python).slice(0, 40)}, which is not one of ${PYTHONS.join(', ')}`);
  }
  const code = params.get('code');
  const source = code === null ? null : await decodeSource(code);
  return { python, source, run: params.get('run') === '1' };
}

/** Builds the fragment for a link, without the leading "#". */
export async function makeFragment({ python, source, run = false }) {
  let fragment = `py=${encodeURIComponent(python)}&code=${await encodeSource(source)}`;
  if (run) fragment += '&run=1';
  return fragment;
}

function toBase64url(bytes) {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list within engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  // A base64 text is never 1 more than a multiple of 4 characters long.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new ShareLinkError('its code is not base64url text');
  }
  const b64 = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Inflates raw DEFLATE data, refusing more than MAX_SOURCE_BYTES. */
async function inflate(deflated) {
  const reader = new Blob([deflated]).stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_SOURCE_BYTES) {
      await reader.cancel();
      throw new ShareLinkError(`its code is larger than ${MAX_SOURCE_BYTES >> 10} KiB`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
