/**
 * Page furniture of saved web pages, by tag and by wording: what a portal puts around a plan
 * (navigation, breadcrumbs, the info bar with source, date, views and font size, share bars,
 * related links, footers with the site's registration numbers). The reader applies the
 * wording rules freely outside the document block and only to short lines inside it.
 */

const BY_TAG: Record<string, string> = {
  nav: 'navigation (<nav>)',
  header: 'page header (<header>)',
  footer: 'page footer (<footer>)',
  aside: 'aside (<aside>)',
  form: 'form controls (<form>)',
  button: 'a button',
  select: 'form controls (<select>)',
  label: 'form controls (<label>)',
};

/** The reason the innermost furniture tag among a block's ancestors gives, if any. */
export function furnitureByTag(tags: string[]): string | undefined {
  for (let i = tags.length - 1; i >= 0; i--) {
    const reason = BY_TAG[tags[i]];
    if (reason) return reason;
  }
  return undefined;
}

const BY_TEXT: { reason: string; test: RegExp }[] = [
  { reason: 'breadcrumb navigation', test: /^(当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置)|^首页\s*[>›»]|^首頁\s*[>›»]/ },
  {
    reason: 'info bar (source, date, views, font size, print)',
    test: /(来源|來源|发布时间|發布時間|发布日期|發布日期|浏览次数|瀏覽次數|点击数|點擊數|阅读次数|閱讀次數|访问量|訪問量)\s*[:：]|字\s*[体體号號]\s*[:：]?\s*[【[]?\s*大\s*中\s*小|打印本页|打印本頁|关闭窗口|關閉窗口/,
  },
  { reason: 'share bar', test: /扫一扫|掃一掃|手机打开|手機打開|手机上打开|分享到|微信扫|二维码|二維碼/ },
  {
    reason: 'site footer (registration numbers, copyright, sponsor)',
    test: /网站标识码|網站標識碼|ICP\s*备|ICP\s*備|公网安备|公網安備|版权所有|版權所有|主办单位|主辦單位|承办单位|承辦單位|技术支持|技術支持|联系我们|聯繫我們|网站地图|網站地圖|Copyright|©/i,
  },
  { reason: 'related links', test: /^(相关链接|相關鏈接|相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞|上一篇|下一篇)/ },
];

/** The reason a line's wording marks it as furniture, if any. */
export function furnitureByText(text: string): string | undefined {
  return BY_TEXT.find((r) => r.test.test(text))?.reason;
}
