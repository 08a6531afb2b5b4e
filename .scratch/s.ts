import { parseDate, DATE_PATTERN, START_PATTERN, END_PATTERN } from '../src/schema/date.ts';
import { formatDate, formatRange, formatYear } from '../src/time/format.ts';
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import { fr } from 'date-fns/locale/fr';
import { zhCN } from 'date-fns/locale/zh-CN';
import { timeTicks } from '../src/layout/time-scale.ts';
const ok = ['2023','2023-10?','2023-10~','2023-10%','199X','19XX','1985-04-XX','1985-XX-XX','2004-XX','2023-21','2023-24~','-0499','-0044-03-15','Y-13800000000','Y170000002','-0004-02-29','2023-11-09T10:30+06:00'];
const bad = ['-0000','2023-25','2023-13','2023-10??','1X9X','Y1234','2023-10-01T10:00?','2023-02-29','','..','19X','-0001-02-29'];
for (const s of ok) { const p = parseDate(s); console.log(s.padEnd(16), p ? `${p.precision} y=${p.year} ${formatDate(p, enGB)} | ${formatDate(p, ru)} | ${formatDate(p, fr)} | ${formatDate(p, zhCN)}` : 'REJECTED'); }
for (const s of bad) console.log('bad', JSON.stringify(s), DATE_PATTERN.test(s));
console.log(START_PATTERN.test('..'), END_PATTERN.test(''), END_PATTERN.test('..'), START_PATTERN.test(''));
console.log(formatRange('2023-10~', '2024?', enGB), '|', formatRange('2022-02-24', '..', enGB), '|', formatRange('2022-02', '', enGB), '|', formatRange('..', '1985', enGB));
console.log(timeTicks(parseDate('Y-13800000000')!.start, parseDate('2023')!.end, 8).map(ms=>formatYear(new Date(ms).getUTCFullYear() || 0, enGB)));
import { yearOf } from '../src/schema/date.ts';
console.log(timeTicks(parseDate('Y-13800000000')!.start, parseDate('2023')!.end, 8).map(ms=>formatYear(yearOf(ms), enGB)));
console.log(timeTicks(parseDate('-3000')!.start, parseDate('2023')!.end, 8).map(ms=>formatYear(yearOf(ms), enGB)));
