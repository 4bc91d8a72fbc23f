import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/observability/metrics.ts';

describe('createMetrics', () => {
  it('counts request states and job outcomes by label', async () => {
    const metrics = createMetrics();

    metrics.requestState('create', 'received');
    metrics.requestState('create', 'received');
    metrics.requestState('power', 'succeeded');
    metrics.jobFinished('plan', 'completed', 1.2);
    metrics.jobFinished('apply', 'retried', 4);
    const text = await metrics.metricsText();

    expect(text).toContain('atlas_requests_total{kind="create",state="received"} 2');
    expect(text).toContain('atlas_requests_total{kind="power",state="succeeded"} 1');
    expect(text).toContain('atlas_jobs_total{kind="plan",outcome="completed"} 1');
    expect(text).toContain('atlas_jobs_total{kind="apply",outcome="retried"} 1');
  });

  it('observes job durations and chat replies in histograms', async () => {
    const metrics = createMetrics();

    metrics.jobFinished('apply', 'completed', 42);
    metrics.chatReply(0.3);
    metrics.chatReply(4);
    const text = await metrics.metricsText();

    expect(text).toContain('atlas_job_duration_seconds_bucket{le="60",kind="apply"} 1');
    expect(text).toContain('atlas_job_duration_seconds_bucket{le="30",kind="apply"} 0');
    expect(text).toContain('atlas_job_duration_seconds_sum{kind="apply"} 42');
    expect(text).toContain('atlas_chat_reply_seconds_bucket{le="0.5"} 1');
    expect(text).toContain('atlas_chat_reply_seconds_count 2');
  });

  it('keeps separate registries apart and honours the prefix', async () => {
    const first = createMetrics({ prefix: 'one_' });
    const second = createMetrics({ prefix: 'one_' });

    first.chatReply(1);
    const text = await second.metricsText();

    expect(text).toContain('one_chat_reply_seconds_count 0');
    expect(second.contentType).toMatch(/^text\/plain/);
  });
});
