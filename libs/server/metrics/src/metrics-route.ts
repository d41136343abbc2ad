import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

/** GET /metrics in Prometheus text exposition format. */
export function metricsHandler(registry: Registry): RequestHandler {
  return async (_req, res, next) => {
    try {
      const body = await registry.metrics();
      res.setHeader('content-type', registry.contentType);
      res.send(body);
    } catch (err) {
      next(err);
    }
  };
}
