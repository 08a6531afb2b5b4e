import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
const { server, url } = await serve(8600, '127.0.0.1', { nodeModules: ['vis-timeline', 'timelines-chart'] });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
page.on('console', (m) => console.log('console', m.text().slice(0, 200)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url + 'bench/index.html');
await page.waitForFunction(() => window.benchReady === true);
const lib = process.argv[2], n = Number(process.argv[3]);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
const fp = await Promise.race([page.evaluate(([l, k]) => window.bench.firstPaint(l, k), [lib, n]), new Promise((r) => setTimeout(() => r('TIMEOUT'), 20000))]);
console.log('firstPaint', fp);
const { profile } = await cdp.send('Profiler.stop');
const self = {}; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < profile.samples.length; i++) { const nd = byId.get(profile.samples[i]); const k = nd.callFrame.functionName + ' ' + nd.callFrame.url.split('/').pop() + ':' + nd.callFrame.lineNumber; self[k] = (self[k] || 0) + (profile.timeDeltas[i] || 0); }
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => (v / 1000).toFixed(1) + 'ms ' + k).join('\n'));
await browser.close(); server.close();
