// The human-readable part of the eval: tables, then every miss and false alarm with its reasons.

const fmt = (value) => (value === null || value === undefined ? '–' : value.toFixed(3));
const pad = (text, width) => String(text).padEnd(width);
const row = (cells, widths) => cells.map((cell, i) => pad(cell, widths[i])).join(' ');

function printList(title, list) {
  console.log(`\n${title} (${list.length})`);
  for (const r of list) {
    const { item, detection } = r;
    console.log(`  [${item.lang}${item.hard ? ', hard' : ''}] ${item.id}`);
    console.log(`      ${item.title.slice(0, 100)}`);
    console.log(`      → score ${detection.score}: ${detection.reasons.join('; ')}`);
  }
}

export function printReport(results, s, sensitivity) {
  const w = [12, 7, 9, 10, 10];
  console.log(`Detection at sensitivity ${sensitivity} on ${results.length} pages\n`);
  console.log(row(['label', 'pages', 'detected', 'rate', 'baseline'], w));
  const labelRows = [
    ['positive', s.positives, s.recall, s.baseline.recall],
    ['passing', s.passing, s.passing_rate, s.baseline.passing_rate],
    ['negative', s.negatives, s.fpr, s.baseline.fpr],
    ['  hard', s.hard, s.hard_fpr, s.baseline.hard_fpr],
  ];
  for (const [label, n, rate, base] of labelRows) {
    console.log(row([label, n, Math.round((rate ?? 0) * n), fmt(rate), fmt(base)], w));
  }
  console.log(`\n${row(['language', 'positives', 'recall', 'negatives', 'fpr'], w)}`);
  for (const [lang, l] of Object.entries(s.by_lang)) {
    console.log(row([lang, l.positives, fmt(l.recall), l.negatives, fmt(l.fpr)], w));
  }
  console.log(`\nmedian ${s.ms_median} ms per page (gate: cheap stage, read-page, detect; parsing excluded)`);
  printList(
    'Misses: positives not detected',
    results.filter((r) => r.item.label === 'positive' && !r.about),
  );
  printList(
    'False alarms: negatives detected',
    results.filter((r) => r.item.label === 'negative' && r.about),
  );
  printList(
    'Passing pages detected',
    results.filter((r) => r.item.label === 'passing' && r.about),
  );
}

/** Resubstitution beside leave-one-source-out cross-validation, per language with positives. */
export function printCrossValidation(s, cv) {
  const w = [12, 10, 16, 16];
  console.log('\nLeave one source out (threshold chosen on the other sources; rules fixed)');
  console.log(row(['language', 'positives', 'recall (resub.)', 'recall (CV)'], w));
  for (const [lang, l] of Object.entries(s.by_lang)) {
    if (l.positives) console.log(row([lang, l.positives, fmt(l.recall), fmt(cv.by_lang[lang]?.recall)], w));
  }
  console.log(row(['all', s.positives, fmt(s.recall), fmt(cv.recall)], w));
  console.log(
    `CV fpr ${fmt(cv.fpr)}, hard fpr ${fmt(cv.hard_fpr)}, passing ${fmt(cv.passing_rate)}; thresholds chosen (by how many held-out sources): ${JSON.stringify(cv.thresholds_chosen)}`,
  );
}
