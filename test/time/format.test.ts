import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/schema/date.js';
import { formatDate, formatRange, formatTick, tickUnit } from '../../src/time/format.js';
import { loadLocale, resolveLocale, isLocaleReady } from '../../src/time/locale.js';
import { eventInterval } from '../../src/time/interval.js';

const en = resolveLocale('en-GB');
let ru = en;
let fr = en;

before(async () => {
  expect(isLocaleReady('ru')).to.equal(false);
  ru = (await loadLocale('ru'))!;
  fr = (await loadLocale('fr-FR'))!;
  expect(isLocaleReady('ru')).to.equal(true);
});

describe('formatDate', () => {
  it('formatDate shows each precision as written (en-GB)', () => {
    expect(formatDate(parseDate('2023')!, en)).to.equal('2023');
    expect(formatDate(parseDate('2023-11')!, en)).to.equal('November 2023');
    expect(formatDate(parseDate('2023-11-01')!, en)).to.equal('1 November 2023');
    expect(formatDate(parseDate('2023-11-09T10:30+06:00')!, en)).to.equal('9 November 2023, 10:30 UTC+06:00');
    expect(formatDate(parseDate('2023-11-09T10:30Z')!, en)).to.equal('9 November 2023, 10:30 UTC');
  });

  it('formatDate follows the locale (ru, fr)', () => {
    expect(formatDate(parseDate('2023-11')!, ru)).to.equal('ноябрь 2023');
    expect(formatDate(parseDate('2023-11-01')!, fr)).to.equal('1 novembre 2023');
  });

  it('formatDate keeps the day in the written offset, not the reader\'s', () => {
    // 01:00 in Astana is still the previous day in UTC.
    expect(formatDate(parseDate('2023-11-09T01:00+06:00')!, en)).to.equal('9 November 2023, 01:00 UTC+06:00');
  });
});

describe('formatRange', () => {
  it('formatRange shares what the two ends share', () => {
    // The locale's own range pattern (ICU spaces the dash in en-GB).
    expect(formatRange('2022-11-29', '2022-11-30', en)).to.match(/^29\s?–\s?30 November 2022$/);
    expect(formatRange('2022-01-02', '2022-01-19', en)).to.match(/^2\s?–\s?19 January 2022$/);
    expect(formatRange('2023-05', '2023-07', en)).to.match(/^May\s?–\s?July 2023$/);
    expect(formatRange('2022-11-29', '2022-11-30', ru)).to.match(/^29\s?–\s?30 ноября 2022/);
  });

  it('formatRange of a point is the date alone', () => {
    expect(formatRange('2023-11-01', undefined, en)).to.equal('1 November 2023');
  });

  it('formatRange of mixed precisions spells out both ends', () => {
    expect(formatRange('2023-11', '2023-12-05', en)).to.equal('November 2023 – 5 December 2023');
  });
});

describe('ticks and intervals', () => {
  it('tickUnit names the coarsest boundary', () => {
    expect(tickUnit(Date.UTC(2023, 0, 1))).to.equal('year');
    expect(tickUnit(Date.UTC(2023, 10, 1))).to.equal('month');
    expect(tickUnit(Date.UTC(2023, 10, 9))).to.equal('day');
    expect(tickUnit(Date.UTC(2023, 10, 9, 6))).to.equal('hour');
  });

  it('formatTick formats by unit in the locale', () => {
    expect(formatTick(Date.UTC(2023, 10, 1), 'month', en)).to.equal('Nov');
    expect(formatTick(Date.UTC(2023, 10, 1), 'month', ru)).to.equal('нояб.');
    expect(formatTick(Date.UTC(2023, 10, 9), 'day', en)).to.equal('9');
    expect(formatTick(Date.UTC(2023, 10, 9, 10, 30), 'minute', en)).to.equal('10:30');
    expect(formatTick(Date.UTC(2023, 0, 1), 'year', en)).to.equal('2023');
  });

  it('eventInterval spans the whole of its start and end', () => {
    expect(eventInterval({ start: '2023-11' })).to.deep.equal({ start: Date.UTC(2023, 10, 1), end: Date.UTC(2023, 11, 1) });
    expect(eventInterval({ start: '2022-01-02', end: '2022-01-19' })).to.deep.equal({ start: Date.UTC(2022, 0, 2), end: Date.UTC(2022, 0, 20) });
  });

  it('loadLocale loads each shipped language and resolveLocale then finds it', async () => {
    for (const [tag, code] of [['ar', 'ar'], ['de-AT', 'de'], ['es', 'es'], ['kk', 'kk'], ['zh-CN', 'zh-CN']]) {
      expect((await loadLocale(tag!))!.code, tag).to.equal(code);
      expect(resolveLocale(tag).code, tag).to.equal(code);
    }
    expect(await loadLocale('xx')).to.equal(undefined);
    expect(formatDate(parseDate('2023-11-01')!, resolveLocale('de'))).to.equal('1. November 2023');
  });

  it('resolveLocale falls back from region to language to en-GB', () => {
    expect(resolveLocale('fr-CA').code).to.equal('fr');
    expect(resolveLocale('xx').code).to.equal('en-GB');
    expect(resolveLocale(undefined).code).to.equal('en-GB');
  });
});

describe('formatDate: EDTF and deep time', () => {
  const f = (s: string, locale = en) => formatDate(parseDate(s)!, locale);

  it('words approximate and uncertain dates ("c. October 2023", "October 2023?") in the locale', () => {
    expect(f('2023-10~')).to.equal('c. October 2023');
    expect(f('2023-10?')).to.equal('October 2023?');
    expect(f('2023-10%')).to.equal('c. October 2023?');
    expect(f('1992~')).to.equal('c. 1992');
    expect(f('2023-10~', fr)).to.equal('vers octobre 2023');
    expect(f('2023-10?', fr)).to.equal('octobre 2023 ?');
    expect(f('2023-10~', ru)).to.equal('ок. октябрь 2023');
  });

  it('words seasons, decades and centuries', () => {
    expect(f('2023-21')).to.equal('Spring 2023');
    expect(f('2023-24')).to.equal('Winter 2023');
    expect(f('2023-22', fr)).to.equal('été 2023');
    expect(f('2023-23', ru)).to.equal('осень 2023');
    expect(f('199X')).to.equal('1990s');
    expect(f('19XX')).to.equal('1900s');
    expect(f('199X', fr)).to.equal('années 1990');
    expect(f('1985-04-XX')).to.equal('April 1985');
  });

  it('words years before year 1 with the locale\'s era, and deep time in years ago', () => {
    expect(f('-0499')).to.equal('500 BC');
    expect(f('-0044-03-15')).to.equal('15 March 45 BC');
    expect(f('-0499', ru)).to.equal('500 г. до н. э.');
    expect(f('Y-13800000000')).to.equal('13.8 billion years ago');
    expect(f('Y-66000000')).to.equal('66 million years ago');
    expect(f('Y-13800000000', ru)).to.equal('13,8 миллиарда лет назад');
    expect(f('Y170000002')).to.equal('170,000,002');
  });

  it('formatRange words open and unknown ends', () => {
    expect(formatRange('2022-02-24', '..', en)).to.equal('24 February 2022 – ongoing');
    expect(formatRange('1991-12', '', en)).to.equal('December 1991 – ?');
    expect(formatRange('..', '1985', en)).to.equal('… – 1985');
    expect(formatRange('2004-06~', '2006-08?', en)).to.equal('c. June 2004 – August 2006?');
  });

  it('formatTick labels years on a year axis, BC and deep time included', () => {
    expect(formatTick(parseDate('-2999')!.start, 'year', en)).to.equal('3000 BC');
    expect(formatTick(parseDate('Y-4000000000')!.start, 'year', en)).to.equal('4 billion years ago');
    expect(formatTick(Date.UTC(2023, 0, 1), 'year', en)).to.equal('2023');
  });

  it('eventInterval widens an approximate date by half its length either side; an uncertain one is not widened', () => {
    const approx = eventInterval({ start: '2023-10~' })!;
    expect(approx).to.deep.include({ start: Date.UTC(2023, 9, 1), end: Date.UTC(2023, 10, 1), approximate: true, uncertain: false });
    expect(approx.fuzzyStart).to.equal(Date.UTC(2023, 9, 1) - (31 * 864e5) / 2);
    expect(approx.fuzzyEnd).to.equal(Date.UTC(2023, 10, 1) + (31 * 864e5) / 2);
    const unsure = eventInterval({ start: '2023-10?' })!;
    expect([unsure.fuzzyStart, unsure.fuzzyEnd]).to.deep.equal([unsure.start, unsure.end]);
    expect(eventInterval({ start: '2023-10' })!.approximate).to.equal(undefined);
  });

  it('eventInterval flags open and unknown ends', () => {
    expect(eventInterval({ start: '2022-02-24', end: '..' })).to.deep.include({ openEnd: true, start: Date.UTC(2022, 1, 24) });
    expect(eventInterval({ start: '1991-12', end: '' })).to.deep.include({ unknownEnd: true, end: Date.UTC(1992, 0, 1) });
    expect(eventInterval({ start: '..', end: '1985' })).to.deep.include({ openStart: true, start: Date.UTC(1985, 0, 1) });
  });
});

describe('time zones', () => {
  it('formatRange reads a time without an offset in the event\'s zone and names the zone', () => {
    expect(formatRange('2023-11-09T10:30', undefined, en, { source: 'Asia/Almaty' })).to.equal('9 November 2023, 10:30 Almaty Time (UTC+06:00)');
  });

  it('formatRange shows a time in another zone on request, with that zone\'s name', () => {
    expect(formatRange('2023-11-09T10:30', undefined, en, { source: 'Asia/Almaty', display: 'Europe/Paris' })).to.equal('9 November 2023, 05:30 CET (UTC+01:00)');
    expect(formatRange('2023-11-09T10:30+06:00', undefined, en, { display: 'America/New_York' })).to.equal('8 November 2023, 23:30 New York Time (UTC−05:00)');
    // Daylight-saving time is the zone's own at that instant.
    expect(formatRange('2023-07-01T12:00Z', undefined, en, { display: 'Europe/Paris' })).to.equal('1 July 2023, 14:00 CET (UTC+02:00)');
  });

  it('formatRange leaves dates without a time alone', () => {
    expect(formatRange('2023-11-09', undefined, en, { source: 'Asia/Almaty', display: 'America/New_York' })).to.equal('9 November 2023');
  });

  it('eventInterval reads a wall time in its zone, across daylight-saving changes', () => {
    expect(eventInterval({ start: '2023-11-09T10:30', timeZone: 'Asia/Almaty' })!.start).to.equal(Date.UTC(2023, 10, 9, 4, 30));
    expect(eventInterval({ start: '2023-07-01T12:00', timeZone: 'Europe/Paris' })!.start).to.equal(Date.UTC(2023, 6, 1, 10, 0));
    expect(eventInterval({ start: '2023-01-01T12:00', timeZone: 'Europe/Paris' })!.start).to.equal(Date.UTC(2023, 0, 1, 11, 0));
    // A written offset wins over the zone.
    expect(eventInterval({ start: '2023-11-09T10:30+05:00', timeZone: 'Asia/Almaty' })!.start).to.equal(Date.UTC(2023, 10, 9, 5, 30));
  });
});
