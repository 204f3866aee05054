import { normalizeText } from './normalize.js';

/**
 * Words ignored when matching a query, in both languages: particles, pronouns, question words, the verbs and nouns of
 * asking ("找一家能做…的机构", "looking for a lab that can do …") and words every offering shares (平台, 服务). One list
 * for both engines: the PostgreSQL analysis drops them from queries and documents, Meilisearch gets it as `stopWords`.
 *
 * Chinese entries are the words jieba cuts a request into (找|一家|能|做|…|的|机构), so each is one segmenter word.
 * Keep out anything that names a service or a thing, however common (测试, 检测, 设备, 材料): those are matched and
 * weighed by rarity instead.
 */
export const STOP_WORDS_ZH = [
  // particles, conjunctions, prepositions
  '的',
  '地',
  '得',
  '了',
  '着',
  '过',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
  '和',
  '与',
  '及',
  '以及',
  '或',
  '或者',
  '还是',
  '并',
  '并且',
  '而且',
  '等',
  '等等',
  '在',
  '于',
  '对',
  '对于',
  '关于',
  '把',
  '被',
  '给',
  '从',
  '到',
  '向',
  '用',
  '以',
  '为',
  '为了',
  '由',
  '将',
  '之',
  '其',
  '所',
  '么',
  // "not" as the word jieba leaves of a phrase it does not know (不|存在, 温度|不|稳定, 不|溶性): a refusal is 不要, 不是 …
  // (NEGATION_WORDS); alone it names nothing, and as a word it matched the few documents holding it (不|溶性微粒检测仪)
  '不',
  // pronouns, determiners, quantities
  '我',
  '我们',
  '我司',
  '本',
  '本公司',
  '你',
  '你们',
  '您',
  '贵',
  '他',
  '她',
  '它',
  '他们',
  '这',
  '这个',
  '这些',
  '那',
  '那个',
  '那些',
  '一',
  '一个',
  '一家',
  '一些',
  '一下',
  '个',
  '家',
  '些',
  '某',
  '相关',
  '方面',
  // asking and wanting
  '找',
  '找个',
  '找一个',
  '寻找',
  '求',
  '求助',
  '请问',
  '请',
  '想',
  '想要',
  '要',
  '需要',
  '需',
  '希望',
  '打算',
  '准备',
  '咨询',
  '推荐',
  '能',
  '能够',
  '能不能',
  '可以',
  '可否',
  '是否',
  '会',
  '做',
  '做个',
  '搞',
  '帮',
  '帮忙',
  '提供',
  '承接',
  '哪里',
  '哪儿',
  '哪家',
  '哪个',
  '哪些',
  '什么',
  '怎么',
  '怎么办',
  '如何',
  '多少',
  '有',
  '有没有',
  '没有',
  '是',
  '就',
  '都',
  '也',
  '还',
  '又',
  '很',
  '太',
  '最',
  '更',
  '比较',
  '一起',
  '附近',
  '地方',
  '谢谢',
  // telling the story around a need (我们的样品做出来了，温漂比较大，另外量产前还要…): time, sequence and judgement words
  // that fill a long query's first ten words (the words both engines read) without naming anything
  '现在',
  '目前',
  '已经',
  '后面',
  '之后',
  '以后',
  '还要',
  '另外',
  '此外',
  '出来',
  '做出来',
  '不好',
  '最好',
  '试一下',
  '试试',
  '看看',
  '有个',
  // the generic nouns and phrases a need is wrapped in (测电池之类的东西, 涂层相关的事情, 那种能做盐雾的, 镀膜什么的): "thing",
  // "this or that kind", "and the like". They name nothing offered; kept as words, a query of an unknown word wrapped in
  // them (xyzqqq不存在的东西) must find nothing. Each is one segmenter word
  '东西',
  '东东',
  '玩意',
  '玩意儿',
  '事情',
  '事儿',
  '那种',
  '这种',
  '这类',
  '那类',
  '之类',
  '之类的',
  '类似',
  '什么的',
  '啥的',
  '这样',
  '那样',
  // the same asking in dialect and colloquial speech (啥地方能测IMU, 搵地方做…, 边度可以租…, 俺们厂想搞…, …咋整): Northern
  // 啥 (what), 咋 (how), 俺/俺们 and 咱/咱们 (we); Cantonese 搵 (find), 边度 (where), 点样 (how), 乜嘢 (what), 冇 (not
  // have, as in 有冇). Each is one segmenter word; none names a thing
  '啥',
  '咋',
  '俺',
  '俺们',
  '咱',
  '咱们',
  '搵',
  '边度',
  '点样',
  '乜嘢',
  '冇',
  // the chat around a need, as people type it in WeChat (在吗？想问下…, 老师好，请问…谢谢, 急！谁家能排上, …多少钱):
  // greetings, asking, urgency, the price question, and 上/下 after a place or a condition (工况下, 中试线上), which
  // documents write too and which name nothing. Each is one segmenter word
  '问',
  '问下',
  '问问',
  '上',
  '下',
  '老师',
  '好',
  '您好',
  '你好',
  '急',
  '急急',
  '急求',
  '谁家',
  '多少钱',
  '麻烦',
  '大佬',
  '各位',
  // who asks and within what (我们是高校课题组…预算20万左右，最好在长沙附近; a startup … budget under 500k, by March):
  // the requester, budget, date and how near; they name nothing offered and would take the need's place among a long
  // query's first ten words. A place itself (长沙) is a word of its own and stays.
  '高校',
  '学校',
  '课题组',
  '团队',
  '初创',
  '客户',
  '预算',
  '经费',
  '左右',
  '以内',
  '之内',
  '周边',
  '一带',
  '地区',
  '本地',
  '当地',
  '就近',
  '优先',
  '尽快',
  '地点',
  '一种',
  '月',
  '前',
  '万',
  '万元',
  '万左右',
  '元',
  '周',
  '天',
  // when it is wanted and whether it can be fitted in (下周能排上的热压罐, 两天内出报告, 月底前要做完, 这周五前, 明天就要用,
  // 急单): a date or a deadline names nothing offered, and slots are found by the date filter, not by words. Each is
  // one segmenter word; a lone 内, 前, 完 or 单 is what jieba leaves of 两天内, 月底前, 要做完 and 急单 (within words,
  // 内部, 前驱体, 完整性 and 单抗 stay whole)
  '今天',
  '明天',
  '后天',
  '下周',
  '本周',
  '这周',
  '周末',
  '周一',
  '周二',
  '周三',
  '周四',
  '周五',
  '周六',
  '周日',
  '月底',
  '月初',
  '年底',
  '年前',
  '两天',
  '三天',
  '几天',
  '一周',
  '两周',
  '内',
  '之前',
  '排',
  '排上',
  '排期',
  '档期',
  '加急',
  '单',
  '就要',
  '完',
  // who offers it: every offering has one
  '机构',
  '单位',
  '公司',
  '企业',
  '厂家',
  '厂商',
  '供应商',
  '平台',
  '服务',
  '服务商',
  '实验室',
] as const;

export const STOP_WORDS_EN = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'near',
  'about',
  'as',
  'that',
  'which',
  'who',
  'where',
  'what',
  'how',
  'this',
  'these',
  'those',
  'it',
  'its',
  'is',
  'are',
  'be',
  'can',
  'could',
  'would',
  'will',
  'should',
  'do',
  'does',
  'some',
  'any',
  'i',
  'we',
  'us',
  'our',
  'my',
  'me',
  'you',
  'your',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'there',
  'here',
  'have',
  'has',
  'had',
  'was',
  'were',
  'been',
  'get',
  'got',
  'just',
  'also',
  'if',
  'when',
  'why',
  'whom',
  'whose',
  'may',
  'might',
  'must',
  'shall',
  'let',
  'tell',
  'know',
  'thanks',
  'thank',
  'hi',
  'hello',
  'need',
  'needs',
  'want',
  'wants',
  'looking',
  'look',
  'find',
  'seeking',
  'please',
  'offer',
  'offers',
  'provide',
  'provider',
  'providers',
  'company',
  'companies',
  'lab',
  'labs',
  'service',
  'services',
  'platform',
  'platforms',
  // who asks and within what
  'startup',
  'university',
  'budget',
  'under',
  'within',
  'weeks',
  'months',
  // when it is wanted
  'week',
  'month',
  'today',
  'tomorrow',
  'next',
  'asap',
  'urgent',
  'deadline',
  'rmb',
  // the same wrapping in English (something like EMC testing, that kind of thing, salt spray stuff)
  'thing',
  'things',
  'stuff',
  'something',
  'anything',
  'kind',
  'kinds',
  'etc',
] as const;

/**
 * Words that refuse what follows them in a query (正极材料放大 不要钠电, 热压罐成型 除了风电叶片, 3D打印设备验证，不是钛合金的,
 * 纤维检测 别给我推PA56, 无需GMP, cathode scale-up without sodium): the refused words are not looked for (tokenize.ts,
 * `queryWords`), so they no longer pull the very offerings the query turns down to the top. Each entry is one segmenter
 * word. Not stop words: documents keep them, and a query made only of a refusal is empty. Left out: 非 and 'non', which
 * begin the field's compounds (非织造布 is cut 非|织造布, 非接触式测量, 非破坏性检测, non-destructive: things asked for),
 * 排除 (故障排除 is troubleshooting), 不含 (cut 不|含), 不 alone (温度不稳定 is cut 温度|不|稳定: a problem told, not a
 * refusal), 不需要 and 不考虑 (cut 不|需要, 不|考虑).
 */
export const NEGATION_WORDS = [
  '不要',
  '除了',
  '不是',
  '别',
  '不用',
  '无需',
  'not',
  'without',
  'except',
  'excluding',
] as const;

/**
 * Negation words that mean "besides" when the query goes on with an addition word (除了正极材料放大，还要做电池测试: the
 * scale-up is wanted too): then they refuse nothing.
 */
export const BESIDES_WORDS = ['除了'] as const;
export const ADDITION_WORDS = ['还', '也', '还要', '另外', '同时', '并且', '而且', 'also'] as const;

const NEGATION_SET: ReadonlySet<string> = new Set(NEGATION_WORDS.map((word) => normalizeText(word)));
const BESIDES_SET: ReadonlySet<string> = new Set(BESIDES_WORDS.map((word) => normalizeText(word)));
const ADDITION_SET: ReadonlySet<string> = new Set(ADDITION_WORDS.map((word) => normalizeText(word)));

/** Does this normalized query word refuse what follows it? */
export function isNegation(word: string): boolean {
  return NEGATION_SET.has(word);
}

/** Does this negation word mean "besides" when `after` (the normalized words that follow it) adds something? */
export function isBesides(word: string, after: readonly string[]): boolean {
  return BESIDES_SET.has(word) && after.some((next) => ADDITION_SET.has(next));
}

/**
 * Words that join alternatives in a query (TOPCon或HJT电池, HJT or TOPCon IV test, 西安或者周边): the words on either
 * side are one need met by either (`queryWords` marks them, pg-query-plan.ts matches them as one unit). Stop words all
 * the same: documents do not keep them. Each entry is one segmenter word.
 */
export const ALTERNATIVE_WORDS = ['或', '或者', 'or'] as const;

/**
 * Words that, after a list, say any of its items will do (A、B任一, A、B、C均可): the list's items, joined by enumeration
 * commas, are then alternatives too. Without one, A、B lists things wanted together.
 */
export const ANY_OF_WORDS = ['任一', '任意', '之一', '均可', '都行', '皆可', '任选'] as const;

const ALTERNATIVE_SET: ReadonlySet<string> = new Set(ALTERNATIVE_WORDS.map((word) => normalizeText(word)));
const ANY_OF_SET: ReadonlySet<string> = new Set(ANY_OF_WORDS.map((word) => normalizeText(word)));

/** Does this normalized query word join alternatives? */
export function isAlternativeWord(word: string): boolean {
  return ALTERNATIVE_SET.has(word);
}

/** Does this normalized query word make a list of alternatives of the items before it? */
export function isAnyOfWord(word: string): boolean {
  return ANY_OF_SET.has(word);
}

/** The one list, normalized as the analysis normalizes words (lower case, NFKC). */
export const STOP_WORDS: readonly string[] = [...new Set([...STOP_WORDS_ZH, ...STOP_WORDS_EN].map(normalizeText))];

const STOP_WORD_SET: ReadonlySet<string> = new Set(STOP_WORDS);

/** Is this normalized word ignored when matching? */
export function isStopWord(word: string): boolean {
  return STOP_WORD_SET.has(word);
}
