// Scores of a detector over labelled items: recall, false-positive rates, passing rate, by language.

const ratio = (hits, total) => (total ? Math.round((hits / total) * 10000) / 10000 : null);

/** `results`: [{ item, about, baseline, ms }] → the summary object printed as the JSON line. */
export function summarise(results) {
  const of = (pick, list = results) => list.filter(pick);
  const positives = of((r) => r.item.label === 'positive');
  const negatives = of((r) => r.item.label === 'negative');
  const hard = of((r) => r.item.hard, negatives);
  const passing = of((r) => r.item.label === 'passing');
  const rate = (list, key = 'about') => ratio(list.filter((r) => r[key]).length, list.length);
  const byLang = {};
  for (const lang of [...new Set(results.map((r) => r.item.lang))].sort()) {
    const pos = positives.filter((r) => r.item.lang === lang);
    const neg = negatives.filter((r) => r.item.lang === lang);
    byLang[lang] = { positives: pos.length, recall: rate(pos), negatives: neg.length, fpr: rate(neg) };
  }
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    positives: positives.length,
    recall: rate(positives),
    negatives: negatives.length,
    fpr: rate(negatives),
    hard: hard.length,
    hard_fpr: rate(hard),
    passing: passing.length,
    passing_rate: rate(passing),
    by_lang: byLang,
    baseline: {
      recall: rate(positives, 'baseline'),
      fpr: rate(negatives, 'baseline'),
      hard_fpr: rate(hard, 'baseline'),
      passing_rate: rate(passing, 'baseline'),
    },
    ms_median: ms.length ? Math.round(ms[Math.floor(ms.length / 2)] * 1000) / 1000 : null,
  };
}

export const TARGETS = {
  recall: 0.95,
  langRecall: 0.95,
  langMinPositives: 5,
  fpr: 0.005,
  hardFpr: 0.01,
  passingRate: 0.15,
  baselineGap: 0.03,
};

/** The targets the summary misses, as sentences (empty when every target holds). */
export function failedTargets(s, t = TARGETS) {
  const failed = [];
  if ((s.recall ?? 0) < t.recall) failed.push(`recall ${s.recall} < ${t.recall}`);
  for (const [lang, l] of Object.entries(s.by_lang)) {
    if (l.positives >= t.langMinPositives && (l.recall ?? 0) < t.langRecall) {
      failed.push(`recall in ${lang} ${l.recall} < ${t.langRecall}`);
    }
  }
  if ((s.fpr ?? 0) > t.fpr) failed.push(`fpr ${s.fpr} > ${t.fpr}`);
  if ((s.hard_fpr ?? 0) > t.hardFpr) failed.push(`hard_fpr ${s.hard_fpr} > ${t.hardFpr}`);
  if ((s.passing_rate ?? 0) > t.passingRate) failed.push(`passing_rate ${s.passing_rate} > ${t.passingRate}`);
  if ((s.baseline.recall ?? 0) - (s.recall ?? 0) > t.baselineGap) {
    failed.push(`recall ${s.recall} more than ${t.baselineGap} below the baseline's ${s.baseline.recall}`);
  }
  return failed;
}
