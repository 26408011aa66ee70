// Residents' small wishes (微心愿) of the past year: "居民点单、组织下单、党员接单".
// Most are claimed by a party member within days; the newest still wait.
import { v7 as uuidv7 } from 'uuid';
import type { Division, Wish } from '../../shared/domain/model.ts';
import { rngFor } from './prng.ts';
import { chineseName } from './chinese-names.ts';

const WISHES = ['为独居老人更换门锁', '帮助留守儿童辅导功课', '为困难家庭修缮漏雨屋顶', '给行动不便老人代购药品', '为社区活动室添置图书', '帮残疾居民申请轮椅', '为孤寡老人理发', '冬季为困难户送煤', '陪伴空巢老人就医', '为环卫工人送热饮'];

export function generateWishes(divisions: readonly Division[], now: Date, seed = 1, count = 480): Wish[] {
  const rng = rngFor(seed, 'wishes');
  const communities = divisions.filter((d) => d.level === 'village' && /社区/.test(d.name));
  const end = now.getTime();
  return Array.from({ length: count }, () => {
    const created = end - Math.floor(rng.next() * 365 * 86_400_000);
    const age = (end - created) / 86_400_000;
    const claimed = age > 7 ? rng.chance(0.95) : rng.chance(0.4);
    const claimedAt = claimed ? Math.min(end, created + rng.between(0.2, 6) * 86_400_000) : null;
    return {
      id: uuidv7({ msecs: created }),
      title: rng.pick(WISHES),
      communityCode: rng.pick(communities).code,
      state: claimed ? (age > 14 ? 'fulfilled' : 'claimed') : 'open',
      // A party member by name, as the community records who took it.
      claimedBy: claimed ? chineseName(rng) : null,
      createdAt: new Date(created).toISOString(),
      claimedAt: claimedAt ? new Date(claimedAt).toISOString() : null,
    } satisfies Wish;
  });
}
