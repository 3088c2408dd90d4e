/**
 * The proof-of-work solver. Loaded with import() only when the operator asks for the check, so it
 * is a chunk of its own that no other page pays for. It hashes in small batches and gives the page
 * back its main thread between them (a macrotask every ~8 ms): typing and scrolling stay smooth
 * while it works, without a Worker (a strict CSP may block one) and without anything the customer
 * has to see or do.
 */
import { leadingZeroBits, powHash } from './register-rules';

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
