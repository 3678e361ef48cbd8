using System.Globalization;
using System.Text;

namespace DeptBudget.Reading.Text;

/// <summary>
/// Normalises printed text: PDF extraction breaks words with spaces (政府 性基 金), uses CJK radical
/// code points (⻔ for 门) and full-width digits. Cells are compared and keyed on the normalised form.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Cell text: radicals and full-width digits folded, white space removed except between Latin words.</summary>
    public static string Cell(string raw)
    {
        // Most cells are already normal: return them as they are instead of copying them (the reader normalises
        // every line several times; the copies were most of its allocations).
        if (IsNormal(raw)) return raw;
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = Fold(raw[i]);
            if (char.IsWhiteSpace(c))
            {
                // Keep one space only between two Latin letters ("DIP 付费" stays joined; "Word Excel" keeps its space).
                var prev = sb.Length > 0 ? sb[^1] : '\0';
                var next = NextNonSpace(raw, i + 1);
                if (IsLatinLetter(prev) && IsLatinLetter(next) && prev != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Whether Cell would return the text unchanged: no white space and no character Fold changes.
    private static bool IsNormal(string raw)
    {
        foreach (var c in raw)
            if (char.IsWhiteSpace(c) || Fold(c) != c) return false;
        return true;
    }

    /// <summary>
    /// Whether the normalised text of <paramref name="raw"/> can hold <paramref name="ideograph"/>: it is printed, or a
    /// radical that Fold could turn into it is. A cheap test that lets callers skip normalising text that cannot match.
    /// </summary>
    public static bool MayHold(string raw, char ideograph)
    {
        foreach (var c in raw)
            if (c == ideograph || c is >= '\u2E80' and <= '\u2FDF') return true;
        return false;
    }

    /// <summary>As <see cref="MayHold(string, char)"/> for any cell of a line.</summary>
    public static bool MayHold(IReadOnlyList<string> cells, char ideograph)
    {
        for (var i = 0; i < cells.Count; i++) if (MayHold(cells[i], ideograph)) return true;
        return false;
    }

    /// <summary>A key for comparing labels: normalised cell text without punctuation and brackets.</summary>
    public static string Key(string raw)
    {
        var s = Cell(raw);
        if (IsKey(s)) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (!char.IsPunctuation(c) && !char.IsSymbol(c) && !char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    private static bool IsKey(string s)
    {
        foreach (var c in s)
            if (char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>Parses a printed amount: 10,902.00, -1.5, （空） → null. No other text is an amount.</summary>
    public static bool TryAmount(string cell, out decimal value)
    {
        value = 0;
        if (cell.Length == 0 || cell.Length > 24) return false;
        var digits = false;
        foreach (var ch in cell)
        {
            if (ch is >= '0' and <= '9') digits = true;
            else if (ch is not (',' or '.' or '-')) return false;
        }
        return digits && decimal.TryParse(cell.Contains(',') ? cell.Replace(",", "") : cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An amount written with a decimal point or thousands separator, as table cells print money.</summary>
    public static bool LooksLikeMoney(string cell) =>
        TryAmount(cell, out _) && (cell.Contains('.') || cell.Contains(','));

    private static char NextNonSpace(string s, int from)
    {
        for (var i = from; i < s.Length; i++) if (!char.IsWhiteSpace(s[i])) return Fold(s[i]);
        return '\0';
    }

    /// <summary>A CJK unified ideograph (一 … 龥): a word of Chinese text, not punctuation or a digit.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsLatinLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    /// <summary>Folds one character: full-width ASCII to ASCII digits/letters, CJK radicals to the ideograph.</summary>
    public static char Fold(char c)
    {
        if (c is >= '０' and <= '９') return (char)('0' + (c - '０'));
        if (c is >= 'Ａ' and <= 'Ｚ') return (char)('A' + (c - 'Ａ'));
        if (c is >= 'ａ' and <= 'ｚ') return (char)('a' + (c - 'ａ'));
        if (c == '\u3000') return ' ';
        if (c == '．') return '.';
        // Only the radical blocks (U+2E80–U+2FDF) hold characters to look up; every other character is itself.
        if (c is < '\u2E80' or > '\u2FDF') return c;
        return Radicals.TryGetValue(c, out var r) ? r : c;
    }

    // CJK Radicals Supplement / Kangxi radicals that PDF fonts map instead of the unified ideograph.
    private static readonly Dictionary<char, char> Radicals = new()
    {
        ['⻔'] = '门', ['⻅'] = '见', ['⻓'] = '长', ['⻛'] = '风', ['⻜'] = '飞', ['⻢'] = '马', ['⻥'] = '鱼',
        ['⻚'] = '页', ['⻆'] = '角', ['⻋'] = '车', ['⻉'] = '贝', ['⻊'] = '足', ['⻘'] = '青', ['⻝'] = '食',
        ['⻄'] = '西', ['⺠'] = '民', ['⻓'] = '长', ['⾦'] = '金', ['⽤'] = '用', ['⼯'] = '工', ['⼈'] = '人',
        ['⼊'] = '入', ['⽀'] = '支', ['⽇'] = '日', ['⽉'] = '月', ['⽔'] = '水', ['⽕'] = '火', ['⼟'] = '土',
        ['⽊'] = '木', ['⼝'] = '口', ['⼤'] = '大', ['⼩'] = '小', ['⼭'] = '山', ['⽣'] = '生', ['⽬'] = '目',
        ['⽼'] = '老', ['⾏'] = '行', ['⾼'] = '高', ['⼀'] = '一', ['⼆'] = '二', ['⼗'] = '十', ['⼦'] = '子',
        ['⼒'] = '力', ['⽅'] = '方', ['⽂'] = '文', ['⽆'] = '无', ['⽐'] = '比', ['⽑'] = '毛', ['⽓'] = '气',
        ['⽗'] = '父', ['⽚'] = '片', ['⽜'] = '牛', ['⽟'] = '玉', ['⽥'] = '田', ['⽩'] = '白', ['⽪'] = '皮',
        ['⽯'] = '石', ['⽰'] = '示', ['⽴'] = '立', ['⽵'] = '竹', ['⽶'] = '米', ['⾁'] = '肉', ['⾃'] = '自',
        ['⾄'] = '至', ['⾆'] = '舌', ['⾊'] = '色', ['⾍'] = '虫', ['⾎'] = '血', ['⾐'] = '衣', ['⾔'] = '言',
        ['⾕'] = '谷', ['⾛'] = '走', ['⾝'] = '身', ['⾥'] = '里', ['⾯'] = '面', ['⾳'] = '音', ['⾸'] = '首',
        ['⾹'] = '香', ['⾺'] = '马', ['⿊'] = '黑', ['⿐'] = '鼻', ['⿒'] = '齿', ['⿓'] = '龙', ['⼴'] = '广',
        ['⼋'] = '八', ['⼏'] = '几', ['⼑'] = '刀', ['⼜'] = '又', ['⼠'] = '士', ['⼥'] = '女', ['⼯'] = '工',
        ['⼰'] = '己', ['⼲'] = '干', ['⼼'] = '心', ['⼿'] = '手', ['⽃'] = '斗', ['⽄'] = '斤', ['⽒'] = '氏',
        ['⽋'] = '欠', ['⽌'] = '止', ['⽍'] = '歹', ['⽏'] = '毋', ['⽘'] = '爿', ['⽝'] = '犬', ['⽠'] = '瓜',
        ['⽡'] = '瓦', ['⽢'] = '甘', ['⽭'] = '矛', ['⽮'] = '矢', ['⽲'] = '禾', ['⽳'] = '穴', ['⽷'] = '糸',
        ['⽸'] = '缶', ['⽹'] = '网', ['⽺'] = '羊', ['⽻'] = '羽', ['⽽'] = '而', ['⽿'] = '耳', ['⾂'] = '臣',
        ['⾇'] = '舛', ['⾈'] = '舟', ['⾉'] = '艮', ['⾋'] = '艸', ['⾒'] = '见', ['⾓'] = '角', ['⾖'] = '豆',
        ['⾗'] = '豕', ['⾘'] = '豸', ['⾙'] = '贝', ['⾚'] = '赤', ['⾜'] = '足', ['⾞'] = '车', ['⾟'] = '辛',
        ['⾠'] = '辰', ['⾢'] = '邑', ['⾣'] = '酉', ['⾤'] = '采', ['⾧'] = '长', ['⾨'] = '门', ['⾩'] = '阜',
        ['⾪'] = '隶', ['⾬'] = '雨', ['⾭'] = '青', ['⾮'] = '非', ['⾰'] = '革', ['⾴'] = '页', ['⾵'] = '风',
        ['⾶'] = '飞', ['⾷'] = '食', ['⾻'] = '骨', ['⿁'] = '鬼', ['⿂'] = '鱼', ['⿃'] = '鸟', ['⿄'] = '卤',
        ['⿅'] = '鹿', ['⿇'] = '麻', ['⿎'] = '鼓', ['⿑'] = '齐',
        ['⻰'] = '龙', ['⻩'] = '黄', ['⻮'] = '齿', ['⻳'] = '龟', ['⻤'] = '鬼', ['⻧'] = '卤', ['⻨'] = '麦', ['⻬'] = '齐', // Noto CJK SC maps these glyphs so (龙亭, 洛龙)
    };
}
