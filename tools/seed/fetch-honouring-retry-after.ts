/**
 * fetch that waits out a 429 and tries again after its Retry-After: the gateway rate-limits
 * mutations per identity (RATE_LIMIT_MUTATIONS), and the seed writes a lot as one subject.
 */
export async function fetchHonouringRetryAfter(url: string, init: RequestInit, attempts = 30): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, init);
    if (res.status !== 429 || attempt >= attempts) return res;
    const seconds = Number(res.headers.get('retry-after')) || 1;
    await res.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}
