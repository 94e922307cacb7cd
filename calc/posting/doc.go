// Package posting reads an internship posting's text, as copied from a
// careers page, into the terms the calculator computes with: a
// [calc.Policy].
//
// [Read] takes the pay band (hourly, or weekly and monthly pay converted
// to hourly; tiers by degree or place when the posting offers a choice),
// the program's length and the commitment asked for, the full-time week,
// the seasons and their start dates, paid holidays, sick time, housing,
// the limit on applications, who may apply, the employer, the title and
// where the work is. Each term comes with the posting's own line, and with
// byte offsets of that line in the text as given, so that the app can show
// and highlight where every figure came from.
//
// # Defaults and assumptions
//
// A term the text does not state gets a stated default, never a silent
// one: the Policy holds the default, the Term is marked Assumed, and the
// assumption is a sentence in the Term's Note and in Policy.Assumptions
// ("The posting sets no limit on applications."). A term read with
// something filled in keeps its line and says what was filled in the same
// way: full-time without hours is 40 hours; a count of 10 holidays without
// names is the shipped posting's calendar, and another count takes the
// commonest US holidays in a fixed order; weekly pay is converted at the
// posting's hours or 40. Where the posting offers tiers, the first is used
// until the applicant chooses ([Reading.WithTier]), and the assumptions say
// so. The seasons are Spring (January to April), Summer (May to August),
// Fall (September to December) and Winter YYYY (December 1 of the year
// before to the end of February), stretched to hold any start date the
// posting lists under them.
//
// # Design
//
// The reader is a hand-written cleaner, tokenizer and a set of rules over
// tokens with a bounded look around, not regular expressions: the same
// code runs in the browser, compiled to WebAssembly, where every package
// linked is download and start-up time, and regexp (with encoding/json,
// text/template and time's parsing) would be most of this package's cost.
// Rules over tokens also say what they mean: "a number, then 'hours', then
// 'per week'" reads better than a pattern, and a word's class (a pay
// period, a negation, a season) is looked up once per token.
//
// Reading is deterministic: no network, no model, no clock and no
// randomness. The year a date lacks is the one the text states, else the
// one [Options] gives (with Options.Today, the next year when the
// posting's first start date is past by then), said in the seasons'
// assumption. Its work is bounded: text over [MaxText] is refused before
// it is scanned, the cleaner reads each byte a bounded number of times,
// every rule looks a bounded number of tokens around a match, and a
// sentence longer than 1 KB is cut; so a read is linear in the text's
// length, and pathological input (tested by FuzzRead) is refused or read
// as fast as a posting.
//
// Errors are *[calc.FieldError] values with Field "posting.text": for empty
// text, text over MaxText, text in another language, text with no hourly,
// weekly or monthly pay (an annual salary is not an internship's pay), and
// two pay ranges that conflict without saying which applies.
package posting
