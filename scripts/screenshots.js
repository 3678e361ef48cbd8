// Screenshots of the web app as its users meet it (#15): list, budget page (说明 / 附表 / 审核发现 tabs), upload and
// review pages, a finding's place marked on the original's picture (a PDF uploaded: ORIGINAL_PDF), the admin's users,
// at 1366 px and 390 px, in Debian's Chromium. Runs with the Node and playwright-core that the
// Playwright .NET package puts beside the web tests' build:
//   PW=tests/DeptBudget.Web.Tests/bin/Release/net10.0/.playwright
//   $PW/node/linux-x64/node scripts/screenshots.js $PW/package URL USER PASSWORD OUTDIR [ORIGINAL_PDF]
const [pkg, base, user, password, out, original] = process.argv.slice(2);
const { chromium } = require(require('path').resolve(pkg));
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.DEPTBUDGET_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'] });
  let uploaded = null;   // the uploaded budget's page, shot at both widths
  for (const width of [1366, 390]) {
    const context = await browser.newContext({ baseURL: base, viewport: { width, height: width > 500 ? 900 : 844 },
      deviceScaleFactor: 1, isMobile: width < 500 });
    const page = await context.newPage();
    const shot = async (name, full = false) => {
      await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: full });
      const [w, load] = await page.evaluate(() => [document.documentElement.scrollWidth,
        Math.round(performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? -1)]);
      console.log(`${name} ${width}px: scrollWidth ${w}, page loaded in ${load} ms (navigation to load event, in the browser)`);
    };
    await page.goto('/');
    await shot('list');
    const href = await page.getAttribute('table a[href^="/budgets/"]', 'href');
    for (const tab of ['part-narrative', 'part-tables', 'part-findings']) {
      await page.goto(`${href}#${tab}`);
      await page.waitForTimeout(300);
      await shot(`budget-${tab}`);
    }
    await page.goto('/account/login');
    await page.fill('#username', user);
    await page.fill('#password', password);
    await page.click("button:text-is('登录')");
    await page.waitForURL(u => !u.pathname.includes('/account/login'), { timeout: 90000 });
    await page.goto('/upload');
    await shot('upload');
    if (original && !uploaded) {
      await page.setInputFiles('#file', original);
      await Promise.all([page.waitForURL(/\/budgets\/\d+$/, { timeout: 300000 }), page.click('#upload-button')]);
      uploaded = new URL(page.url()).pathname;
      console.log(`uploaded ${original} as ${uploaded}`);
    }
    if (uploaded) {
      await page.goto(`${uploaded}#part-findings`);
      const place = page.locator('details.place').first();
      if (await place.count()) {
        await place.locator('summary').click();
        const img = place.locator('img');
        await img.scrollIntoViewIfNeeded();
        await page.waitForFunction(el => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: 120000 });
        await shot('finding-picture');
      } else console.log('no finding with a place on the original');
    }
    await page.goto('/review');
    await shot('review');
    await page.goto('/admin/users');
    await shot('admin-users');
    await context.close();
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
