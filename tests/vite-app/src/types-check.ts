// Type tests: each line below must be a type error. If the package's types
// were loose (any), the @ts-expect-error comments would be unused and tsc
// would fail, so this file fails the build instead of passing silently.
import { analyze, beginHighlight, highlight } from "vurgu";
import { analyzeInWorker, highlightAsync } from "vurgu/async";

// @ts-expect-error labels are PERSON, PLACE, ORG or DATE
analyze("Bakı", { labels: ["FOO"] });
// @ts-expect-error lang is "az", "en" or "auto"
analyze("Bakı", { lang: "tr" });
// @ts-expect-error highlight takes no worker option (highlightAsync does)
highlight(document.body, { worker: true });
// @ts-expect-error the text is a string
analyzeInWorker(42);
// @ts-expect-error worker is a boolean or "auto"
highlightAsync(document.body, {}, { worker: "yes" });
// @ts-expect-error the language is a Lang, not a number
export const lang: number = analyze("Bakı").lang;
// @ts-expect-error an entity's start is a number
export const start: string = analyze("Bakı")[0].start;
// @ts-expect-error apply takes entities, not text
beginHighlight(document.body).apply("Bakı");
