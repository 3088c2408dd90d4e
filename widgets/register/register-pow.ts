/**
 * The proof-of-work solver. Loaded with import() only when the operator asks for the check, so it
 * is a chunk of its own that no other page pays for. It hashes in small batches and gives the page
 * back its main thread between them (a macrotask every ~8 ms): typing and scrolling stay smooth
 * while it works, without a Worker (a strict CSP may block one) and without anything the customer
 * has to see or do. The check (`powSolves`) lives here too: the mock API verifies with it.
 */


/** Leading zero bits of a hash. */
export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** SHA-256 of `salt + nonce` (UTF-8), as the contract says. */
export async function powHash(salt: string, nonce: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(salt + nonce)));
}

/** Whether `nonce` solves the challenge: the one check for the solver, its tests and the mock API. */
export async function powSolves(salt: string, nonce: string, difficulty: number): Promise<boolean> {
  return /^\d{1,12}$/.test(nonce) && leadingZeroBits(await powHash(salt, nonce)) >= difficulty;
}

const BATCH = 32;
const SLICE_MS = 8;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A nonce (decimal digits) whose SHA-256 with `salt` has `difficulty` leading zero bits. */
export async function solveChallenge(challenge: { salt: string; difficulty: number }, signal?: AbortSignal): Promise<string> {
  let next = 0;
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const nonces = Array.from({ length: BATCH }, (_, i) => String(next + i));
    const hashes = await Promise.all(nonces.map((n) => powHash(challenge.salt, n)));
    const hit = hashes.findIndex((h) => leadingZeroBits(h) >= challenge.difficulty);
    if (hit >= 0) return nonces[hit]!;
    next += BATCH;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
