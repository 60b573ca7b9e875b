/// German function words (in the folded, lower-case form the analyser produces) that say
/// nothing about which section a comment speaks to.
enum GermanStopwords {
    static let words: Set<String> = [
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderen",
        "anderer", "anderes", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bisher", "bist", "bitte", "da", "dabei",
        "dadurch", "dafuer", "dagegen", "daher", "damit", "dann", "daran", "darauf", "darin", "darueber", "darum",
        "das", "dass", "dazu", "dem", "den", "denen", "denn", "der", "deren", "des", "deshalb", "dessen", "die",
        "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort", "du", "durch", "ein", "eine",
        "einem", "einen", "einer", "eines", "einfach", "einige", "einmal", "er", "es", "etwa", "etwas", "euch",
        "euer", "fuer", "ganz", "gar", "gern", "gerne", "gibt", "gleich", "hat", "hatte", "hatten", "haben", "hier",
        "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "immer",
        "in", "ins", "ist", "ja", "je", "jede", "jedem", "jeden", "jeder", "jedes", "jedoch", "jetzt", "kann",
        "kein", "keine", "keinem", "keinen", "keiner", "koennen", "koennte", "koennten", "man", "manche", "mehr",
        "mein", "meine", "meinem", "meinen", "meiner", "mich", "mir", "mit", "muss", "muessen", "muesste", "nach",
        "nicht", "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "oft", "schon", "sehr", "sein", "seine",
        "seinem", "seinen", "seiner", "seit", "selbst", "sich", "sie", "sind", "so", "soll", "sollen", "sollte",
        "sollten", "sondern", "sowie", "ueber", "um", "und", "uns", "unser", "unsere", "unserem", "unseren",
        "unserer", "unter", "viel", "viele", "vielen", "vom", "von", "vor", "waere", "waeren", "war", "waren",
        "warum", "was", "weil", "weiter", "welche", "welchem", "welchen", "welcher", "wenn", "wer", "werde",
        "werden", "wie", "wieder", "wir", "wird", "wirklich", "wo", "wurde", "wurden", "zu", "zum", "zur", "zwar",
        "zwischen", "finde", "finden", "meiner", "meinung", "sagen", "sehe", "sehen", "gut", "gute", "guten",
        "wichtig", "wichtige", "liebe", "lieber", "hallo", "gruesse", "gruessen", "freundlichen", "dank", "danke",
        "vielen", "herzliche", "herzlichen", "mfg", "sollen", "stehen", "steht", "geht", "gehen", "machen",
        "macht", "wuerde", "wuerden", "eigentlich", "endlich", "bereits", "dafuer", "dagegen", "genau",
    ]
}
