import { describe, expect, it } from 'vitest';
import { type Plan, planHash } from '../../../src/domain/plan.ts';
import { approvedPlanFile } from '../../../src/iac/apply-workspace.ts';
import { sha256Hex } from '../../../src/iac/plan-artifacts.ts';
import { createAction } from './fixtures.ts';
import { MemoryPlanArtifacts } from './memory-artifacts.ts';

const BYTES = new TextEncoder().encode('PK... a plan file');

function planWith(artifactSha256: string | undefined): Plan {
  const body = {
    engine: 'terraform',
    actions: [createAction()],
    ...(artifactSha256 ? { artifactSha256 } : {}),
  };
  return { id: 'p1', requestId: 'R-7F3K', ...body, hash: planHash(body), createdAt: '2026-01-01T00:00:00Z' };
}

describe('approvedPlanFile', () => {
  it('gives back the stored bytes whose hash was approved', async () => {
    const artifacts = new MemoryPlanArtifacts();
    await artifacts.save(sha256Hex(BYTES), BYTES);

    const bytes = await approvedPlanFile(artifacts, planWith(sha256Hex(BYTES)));

    expect(Buffer.from(bytes).toString()).toBe('PK... a plan file');
  });

  it('refuses a plan file that is not stored, and says to plan again', async () => {
    const sha = sha256Hex(BYTES);

    const attempt = approvedPlanFile(new MemoryPlanArtifacts(), planWith(sha));

    await expect(attempt).rejects.toMatchObject({
      code: 'stale_plan',
      message: `The Terraform plan file approved for R-7F3K (${sha.slice(0, 12)}) is not stored any more.`,
      hint: 'Nothing was applied. Plan the request again and approve the new plan.',
    });
  });

  it('refuses a stored plan file whose bytes changed', async () => {
    const artifacts = new MemoryPlanArtifacts();
    const sha = sha256Hex(BYTES);
    artifacts.bytes.set(sha, new TextEncoder().encode('PK... another plan'));

    await expect(approvedPlanFile(artifacts, planWith(sha))).rejects.toMatchObject({
      code: 'stale_plan',
      message: expect.stringMatching(
        /^The stored Terraform plan file of R-7F3K is [0-9a-f]{12}, not the approved /,
      ),
    });
  });

  it('refuses a plan without a plan file', async () => {
    await expect(approvedPlanFile(new MemoryPlanArtifacts(), planWith(undefined))).rejects.toMatchObject({
      code: 'stale_plan',
    });
  });
});
