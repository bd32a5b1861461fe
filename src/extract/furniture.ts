// Stage 0, furniture: page furniture (captions, photo credits, video widgets, newsletter and share lines, bylines) masked.
// Input: the body. Output: the same body with furniture replaced by line breaks (offsets unchanged), so later stages
// find no names or quotes in it. Heuristic: whole lines by shape ("Enlarge this image toggle caption …", "Sign up for
// … newsletter") or by a list of lines that repeat across many articles of a source; spans by pattern ("(Photo: …)").
// Exists for: "Hide Caption 3 of 22 Photos: Terror attacks in Brussels …" → no person "Hide Caption".
import { REPEATED_FURNITURE_LINES } from './lexicon/furniture-lines.js';

export interface FurnitureRule {
  id: string;
  /** `line`: the whole line is furniture when the pattern matches it; `span`: only the match is. */
  scope: 'line' | 'span';
  pattern: RegExp;
  /** Lines longer than this many words are text whatever they contain (`line` rules only). */
  maxWords?: number;
  /** Lower-case strings of which every match contains one: a cheap test before the pattern runs. */
  hints?: string[];
  examples: string[];
  why: string;
}

export interface FurnitureSpan {
  start: number;
  end: number;
  rule: string;
}

// Named fragments; each is linear-time (no repeated group whose alternatives overlap).
const AGENCY = String.raw`(?:Getty Images|AFP|AP|AP Photo|Reuters|EPA|Bloomberg|Shutterstock|Pool|NurPhoto|Xinhua|Sipa|SOPA Images|TASS|Sputnik)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
// Photo agencies and papers that close a picture credit ("Saul Loeb/AFP/Getty Images", "Stephen Crowley/The New York Times").
const CREDIT_AGENCY = String.raw`(?:Getty Images(?: North America)?|Getty|AFP|AP Photo|AP|Reuters|REUTERS|EPA|Bloomberg(?: News)?|Shutterstock|Pool|NurPhoto|Xinhua|Sipa(?: USA)?|SOPA Images|TASS|Sputnik|Landov|Agence France-Presse|Associated Press|ASSOCIATED PRESS|Zuma Press|ZUMA Press|Redux|Polaris|Anadolu Agency|Yonhap|Kyodo|UPI|The New York Times|The Washington Post|The Wall Street Journal)`;
// A photographer's name in a credit: one to three capitalised words, a particle between ("Marcelo del Pozo").
// A word is taken whole, and not in the possessive ("Heather Seidel China’s Commerce Ministry": the credit ends at "Seidel").
// An Arabic article may open it in lower case ("al-Sayaghi").
const CREDIT_WORD = String.raw`(?:(?:al|el|ad|as|an|ash)-)?\p{Lu}[\p{L}.'’-]*(?<!['’]s)(?![\p{L}.'’-])`;
const CREDIT_NAME = String.raw`${CREDIT_WORD}(?: (?:(?:de|del|da|dos|van|von|al|el|bin|le|la|di|du) ){0,2}${CREDIT_WORD}){0,2}`;
// A photographer's name before a bar ("Jorge Silva | Reuters"): words with no dot but an initial's ("Kim Jong Un. Jorge
// Silva | Reuters" is a caption's last sentence, then the credit).
// Bounded words, each match opened at a word's start only (the rule's look-behind): a start costs at most three words.
const PIPE_WORD = String.raw`(?:(?:al|el)-)?\p{Lu}(?:\.|[\p{L}'’-]{1,30})(?<!['’]s)(?![\p{L}.'’-])`;
const PIPE_NAME = String.raw`${PIPE_WORD}(?: (?:(?:de|del|da|dos|van|von|al|el|bin|le|la|di|du) ){0,2}${PIPE_WORD}){0,2}`;
// A name in lower case, as one paper writes its credits ("Photo: yves herman/Reuters"): read only after a label.
const CREDIT_LOWER_NAME = String.raw`\p{Ll}[\p{L}'’-]*(?: \p{Ll}[\p{L}'’-]*){1,2}`;
// A middle part of a credit, one word in either case: "Photothek", "epa".
const CREDIT_PART = String.raw`[\p{L}.'’-]+`;
// The label before a credit: "Photographer:", "Photo by", "Credit…".
const CREDIT_LABEL = String.raw`(?:Photographer|Photo(?:graph)?|Photo [Ii]llustration|Illustration|Image|Photo [Cc]redits?|Credit)(?::|\.\.\.|…| by)`;
// A word of a headline-case heading: capitalised or a number, maybe after an opening quote ("'A Victory'", "64 Arrests").
const HEADING_WORD = String.raw`["'‘“]?[\p{Lu}\d][^\s:]*`;
const SIGN_UP = String.raw`\b(?:sign(?:ing)? up|subscribe|newsletter sign-up)\b`;
const MAILING = String.raw`\b(?:newsletters?|inbox|briefing|podcasts?|e-?mail alerts?)\b`;

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'ad.marker',
    scope: 'line',
    pattern: /^(?:advertisement|ad|skip ad|story continued below|continue reading below|continue reading the main story|advertisement continue reading the main story)\W*$/iu,
    examples: ['Advertisement', 'ADVERTISEMENT', 'Story Continued Below', 'Continue Reading Below', 'Advertisement Continue reading the main story'],
    why: 'placeholders left where an advertisement was cut out',
  },
  {
    id: 'copyright',
    scope: 'line',
    hints: ['copyright', 'rights reserved', 'reprint permission'],
    pattern: /^(?:©\s*)?copyright\b|\ball rights reserved\b|\bclick here for reprint permission\b/iu,
    maxWords: 40,
    examples: ['Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.', '© Copyright 2018 by Creators Syndicate Inc.'],
    why: 'copyright notices name the publisher, not a subject of the story',
  },
  {
    id: 'caption.image',
    scope: 'line',
    hints: ['image', 'media', 'enlarge', 'toggle caption'],
    pattern: /^(?:image|media) (?:copyright|caption)\b|^media playback is unsupported\b|^enlarge this image\b|\btoggle caption\b/iu,
    examples: ['Image copyright Getty Images Image caption John Ratcliffe is set to be nominated', 'Enlarge this image toggle caption Evan Vucci/AP Evan Vucci/AP', 'Media playback is unsupported on your device Media caption Why it matters'],
    why: 'image credits and captions describe a picture, and repeat names ("Evan Vucci/AP") that are no part of the story',
  },
  {
    id: 'caption.gallery',
    scope: 'line',
    hints: ['hide caption', 'photo', 'slideshow'],
    pattern: /\bHide Caption \d+ of \d+\b|^\(?\s*photos?:|\bphoto gallery\b|^slideshow \(\d+ images?\)/iu,
    examples: ['Photos: Terror attacks in Brussels Rescue teams evacuate. Hide Caption 9 of 22', '( PHOTOS: Scenes from Syria)', 'Slideshow (2 Images)'],
    why: 'a photo gallery widget: "Hide Caption" and gallery titles are no names',
  },
  {
    id: 'video.widget',
    scope: 'line',
    hints: ['watch', 'replay more videos', 'video', 'listen'],
    pattern: /^just watched\b|\breplay more videos\b|^must watch\b|^watch the latest video\b|^(?:video|watch|listen):?\s*$/iu,
    examples: ['JUST WATCHED Egypt chaos Replay More Videos ... MUST WATCH Egypt chaos 07:36', 'Watch the latest video at video.foxnews.com', 'WATCH:'],
    why: 'a video player widget repeats headlines around its buttons',
  },
  {
    id: 'newsletter',
    scope: 'line',
    hints: ['sign', 'subscribe'],
    pattern: new RegExp(`${SIGN_UP}[^\\n]{0,40}?${MAILING}|${MAILING}[^\\n]{0,40}?${SIGN_UP}`, 'iu'),
    maxWords: 30,
    examples: ['Sign up for Daily Newsletters Manage Newsletters', 'Daily politics news delivered to your inbox: sign up for our newsletter', 'Subscribe on Apple Podcasts, Spotify, or wherever you listen to podcasts.'],
    why: 'newsletter and podcast sign-up boxes ("Daily Newsletters Manage Newsletters" is no person)',
  },
  {
    id: 'signup.form',
    scope: 'line',
    hints: ['unsubscribe', 'opt-out', 'opt out', 'signing up', 'recaptcha', 'email address', 'promotional offers'],
    pattern: /\b(?:(?:unsubscribe|opt[- ]out)(?: \w+){0,4} at any time|by signing up,? you agree|protected by reCAPTCHA|(?:invalid|enter a valid) e-?mail address|receive occasional promotional offers)\b/iu,
    examples: [
      'Morning Trade A speed read on global trade news — in your inbox. Email Sign Up By signing up you agree to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time.',
      'Get The Brief. Sign up to receive the top stories. Choose your country United States Afghanistan Albania Uruguay Please enter a valid email address. I accept the Terms Of Use.',
      'Sign up to get our major investigations delivered to your inbox. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    ],
    why: 'a sign-up form flattened into one line, whatever its length: its small print ("you can unsubscribe at any time", "protected by reCAPTCHA") is no sentence of a story, and its names ("Google Privacy Policy and Terms of Service", a country picker) are no entities',
  },
  {
    id: 'promo.call',
    scope: 'line',
    hints: ['sign up', 'subscribe', 'be the first to'],
    // "Be" capitalised mid-line: a widget's title run into its bid ("Travel With The Nation Be the first to hear …").
    pattern: /(?:^|[.!?*)] )(?:[Ss]ign [Uu]p|SIGN UP|[Ss]ubscribe|SUBSCRIBE)\b|(?:^|[.!?*)] )be the first to (?:hear|see|know)\b|\bBe the first to (?:hear|see|know)\b/u,
    maxWords: 40,
    examples: ['Sign up for our Wine Club today. Did you know you can support The Nation by drinking wine?', 'Terms of Trade is a daily dispatch on a world embroiled in trade wars. Sign up here.', 'Subscribe to our YouTube channel.', 'Travel With The Nation Be the first to hear about Nation Travels destinations, and explore the world with kindred spirits.'],
    why: 'a sentence that opens by bidding the reader sign up or subscribe is the outlet\'s promotion, not the story: its product names ("Wine Club", "Nation Travels") are no entities',
  },
  {
    id: 'share.widget',
    scope: 'line',
    pattern: /^(?:listen to article|share this article|share tweet)\b|^(?:share|tweet|email|print)(?: (?:share|tweet|post|email|print|save))+\s*$/iu,
    examples: ['SHARE THIS ARTICLE Share Tweet Post Email', 'LISTEN TO ARTICLE 4:12 SHARE THIS ARTICLE'],
    why: 'share buttons',
  },
  {
    id: 'click.here',
    scope: 'line',
    hints: ['click', 'app', 'as an interest'],
    pattern: /\bclick (?:here|for more|to get)\b|\bget the [\p{L} ]{1,30}\bapp\b|\badd [^\n?]{1,60} as an interest\b/iu,
    maxWords: 25,
    examples: ['CLICK HERE TO GET THE FOX NEWS APP', 'Click for more from Reuters.', 'Interested in North Korea? Add North Korea as an interest to stay up to date'],
    why: 'links and app promotions',
  },
  {
    id: 'follow.social',
    scope: 'line',
    pattern: /^(?:follow|join)\b[^\n]{0,60}\b(?:twitter|facebook|instagram|linkedin)\b|^follow @/iu,
    maxWords: 15,
    examples: ['Follow us on Twitter @CNNOpinion.', 'Join us on Facebook.com/CNNOpinion.', 'Follow Chuck on Twitter'],
    why: 'social media prompts',
  },
  {
    id: 'byline',
    scope: 'line',
    pattern: new RegExp(`^(?:[Bb]y|BY|[Ww]ritten by|[Pp]hotographs by) ${NAME_WORD}(?: ${NAME_WORD}){1,3}(?:\\s*(?:,|\\||and|&|$))`, 'u'),
    maxWords: 14,
    examples: ['By Jane Doe', 'By Jane Q. Doe and John Roe, Associated Press', 'Written by Ana Lopez | Staff writer'],
    why: 'bylines name the reporter',
  },
  {
    id: 'link.more',
    scope: 'line',
    pattern: /^(?:read more|related|more on this|see also|more|recommended|trending|most read|urgent|vote now)\s*(?::|\.\.\.|…)/iu,
    maxWords: 25,
    examples: ['READ MORE: Trump meets Kim in Singapore', 'More On This...', 'Related: How the deal was done'],
    why: 'links to other stories: their headlines are not this story',
  },
  {
    id: 'link.read-more-tail',
    scope: 'line',
    hints: ['read more'],
    pattern: /\S Read more$/u,
    maxWords: 30,
    examples: ['Donald Trump is unlikely to forgive the laughter of the UN Read more', 'Conservative leadership race: who are the five candidates? Read more'],
    why: 'a link to another story closed by its button (The Guardian): the headline tells that story, and its "says X" is no statement of this one',
  },
  {
    id: 'widget.skip-embed',
    scope: 'span',
    hints: ['skip '],
    pattern: /\bSkip \p{L}+ post(?: \d{1,3})? by @\w{1,15}/gu,
    examples: ['Skip Twitter post by @realDonaldTrump Based on Justin’s false statements', 'Skip Twitter post 3 by @realDonaldTrump Why isn’t the European Union'],
    why: 'a page\'s link to skip an embedded post (the BBC) is no part of the post, and its words name no one ("Skip Twitter" is no person)',
  },
  {
    id: 'credit.lead-in',
    scope: 'span',
    hints: ['getty', 'close'],
    pattern: new RegExp(`^(?:CLOSE|(?:[\\p{L}.]+ ?/ ?)?(?:AFP )?(?:via )?Getty Images)(?= +\\p{Lu})|\\(?(?:Photo|Image) by [^()\\n]{1,60}? via Getty Images\\)?|\\bvia Getty Images\\b`, 'gu'),
    examples: ['(Photo by JIM WATSON/AFP via Getty Images', 'a rally. Photo by Mandel Ngan via Getty Images'],
    why: 'a credit or a video widget\'s label run into the caption or the first line ("CLOSE President Trump says …") is no part of the text',
  },
  {
    id: 'credit.photo',
    scope: 'span',
    hints: ['('],
    pattern: new RegExp(`\\((?:\\p{L}+ )?(?:photo|image|video|credit)s?(?: by)?:? [^()\\n]{1,120}\\)|\\([^()\\n/]{0,60}/ ?${AGENCY}[^()\\n]{0,40}\\)|\\(${AGENCY}\\.?\\)`, 'giu'),
    examples: ['(Photo: Justin Tallis, AFP/Getty Images)', '(Reuters photo: Ana Lopez)', '(Ed Jones/AFP/Getty Images)', '(Getty Images.)'],
    why: 'a photo credit in brackets names the photographer and the agency',
  },
  {
    id: 'link.teaser',
    scope: 'span',
    hints: ['also on', 'related', 'see also', 'watch', 'video', 'timeline', 'read more'],
    // A bracketed pointer to another story, run into the text: its headline names people of that story, not of this one.
    pattern: /\(\s*(?:Also on [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}|RELATED|Related|See also|SEE ALSO|WATCH|Watch|VIDEO|Video|TIMELINE|READ MORE|Read more|PHOTOS):[^()\n]{1,160}\)/gu,
    examples: ['on Monday. ( Also on POLITICO: Janet Napolitano: Feds were aware of ISIL) In a separate discussion', 'testimony. (RELATED: Trump Lawyer Says He Feels ‘Completely And Totally Vindicated’ By Comey Testimony) The', 'trip. ( See also: Full coverage of Obama\'s trip to Israel) But he'],
    why: 'a link to another story ("( Also on POLITICO: …)", "(RELATED: …)") carries that story\'s headline, whose names are no part of this one',
  },
  {
    id: 'box.heading',
    scope: 'span',
    hints: ['show hide'],
    // A collapsible box's kind and its heading, up to the toggle's words, at a line's start; the box's text after them stays.
    pattern: /(?<![^\n])(?:Q&A|Quick guide|Timeline|Profile|Explainer|Factfile|Fact file) [^\n]{1,200}? Show Hide\b/gu,
    examples: ['The talks stalled.\nTimeline Recent tensions in the Gulf Show Hide Tensions between the US and Iran have soared', 'a strike.\nQ&A What are the military options in Syria? Show Hide In theory there are three responses'],
    why: 'a collapsible box\'s kind ("Timeline", "Q&A", "Quick guide"), its heading and its toggle ("Show Hide") are page widgets: their capitalised words read as names ("Timeline Recent", "Gulf Show Hide Tensions")',
  },
  {
    id: 'liveblog.update',
    scope: 'span',
    hints: ['update'],
    // A live blog's time stamp ("Update at 7:57 a.m. ET.") and the headline-case heading after it, up to its colon or
    // the line's end ("Zuma Booed Again:"): every word capitalised, at most 15 words. A stamp before a sentence ("Updated
    // 10:11 p.m. ET] Law enforcement officials …") loses the stamp only.
    pattern: new RegExp(`\\b(?:Update|Updated|UPDATE|UPDATED),?(?: (?:at|At|on \\p{Lu}\\p{Ll}+(?: \\d{1,2})?(?: at)?))? \\d{1,2}(?::\\d{2})? [ap]\\.m\\.(?: (?:ET|EDT|EST|BST|GMT|CET|PT|CT))?(?:[.:] (?:${HEADING_WORD} ){0,14}${HEADING_WORD}(?::|(?=\\n|$)))?`, 'gu'),
    examples: ['reconciliation real. Update at 7:57 a.m. ET. Zuma Booed Again: As he was preparing to give his speech', 'the hospital.\n\nUpdate at 8:45 a.m. ET: How It Happened\n\nThe plane', 'the city.\n\nUpdated 10:11 p.m. ET] "We\'ve closed an important chapter," President Barack Obama said'],
    why: 'a live blog\'s time stamp and the heading of its entry sum up the paragraph after them in headline case: its capitalised words read as names ("Zuma Booed Again", "Obama Now Speaking")',
  },
  {
    id: 'ticker.quote',
    scope: 'span',
    hints: ['%'],
    // A market page's quote after a company or index name: its ticker and the day's signed change ("Tech Data Corp.
    // TECD, +0.09%", "the S&P 500 SPX, -1.23%"). The sign tells it from a share in a list ("SSRS, 84%").
    pattern: /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}.]{0,6}, [+-]\d{1,4}(?:\.\d{1,2})?%/gu,
    examples: ['Tech Data Corp.’s TECD, +0.09% stock rose 15.7% after reporting results', 'while the S&P 500 SPX, -1.23% stood about the same distance from its record'],
    why: 'a ticker with the day\'s change is a price widget run into the sentence: the ticker names no body of its own (the company is named before it)',
  },
  {
    id: 'credit.inline',
    scope: 'span',
    hints: ['/'],
    // Not a poll's sponsors ("an Ipsos/Reuters poll"), nor a word running on after the agency ("AP/NORC").
    // Its square brackets go with it ("[File: Kevin Lamarque/Reuters]"), so no quote's words end in a bracket.
    pattern: new RegExp(`(?:\\[(?:File: )?)?(?:${CREDIT_LABEL} ?)?${CREDIT_NAME} ?/ ?(?:${CREDIT_PART} ?/ ?){0,2}${CREDIT_AGENCY}(?: ?/ ?${CREDIT_AGENCY})?(?: (?:via|—) ${CREDIT_AGENCY})?(?![\\p{L}\\p{N}/])(?! (?:poll|survey)\\b)\\]?`, 'gu'),
    examples: ['in Morristown on Aug. 15. Photographer: Nicholas Kamm/AFP via Getty Images The U.S. president', 'in Tokyo, July 8, 2018. Andrew Harnik/Pool via Reuters Some analysts', 'in August. Credit... Brendan Smialowski/Agence France-Presse — Getty Images According to', 'supplies. Charlie Saceda /Reuters/Landov Hide caption'],
    why: 'a picture credit run into the text, after its caption or before the next paragraph, names the photographer and the agency, no part of the story',
  },
  {
    id: 'credit.pipe',
    scope: 'span',
    hints: ['|'],
    // A photographer (not a caption's last word closing its sentence: "North Korea. | AP Photo") and one to three
    // agencies between bars, then the line's end or a new sentence — not a link list's headline ("| Bloomberg vows to …").
    pattern: new RegExp(`(?:(?<![\\p{L}\\p{N}.'’-])${PIPE_NAME} )?\\| ?(?:[\\p{L}.'’-]{1,30} ?\\| ?){0,2}${CREDIT_AGENCY}(?: Photos)?(?![\\p{L}\\p{N}|/])(?![ \\t]+(?:[Pp]oll|[Ss]urvey)\\b)(?=[ \\t]*(?:\\n|$)|[ \\t]+\\p{Lu})`, 'gu'),
    examples: ['in Ankara, Turkey, on October 10, 2019. Adem Altan | AFP | Getty Images', 'on Sentosa island in Singapore June 12, 2018. Susan Walsh | Reuters The two leaders', 'the Strait of Hormuz. John Pitcher | AP Iran seized', 'moving into areas freed from the Islamic State. | AP Photo Tillerson urges Russia'],
    why: 'a picture credit written with bars — the photographer, then the agencies ("Scott Dalton | Bloomberg | Getty Images"), or the agency alone after its caption — names no one in the story',
  },
  {
    id: 'credit.lower-case',
    scope: 'span',
    hints: ['/'],
    pattern: new RegExp(`${CREDIT_LABEL} ?${CREDIT_LOWER_NAME} ?/ ?(?:${CREDIT_PART} ?/ ?){0,2}${CREDIT_AGENCY}(?![\\p{L}\\p{N}])`, 'gu'),
    examples: ['in Helsinki. Photo: brendan smialowski/Agence France-Presse/Getty Images', 'in San’a. Photo: yahya arhab/epa/Shutterstock'],
    why: 'one paper writes its photographers’ names in lower case: after a credit’s label, a name and an agency are a credit all the same',
  },
  {
    id: 'credit.gallery',
    scope: 'span',
    hints: ['previous next'],
    pattern: new RegExp(`\\bPrevious Next\\b(?: ${CREDIT_AGENCY}(?![\\p{L}\\p{N}/]))?`, 'gu'),
    examples: ['in Cairo. Previous Next Hassan Ammar/AP Hide caption', 'and their twins. Previous Next AP Hide caption'],
    why: 'a photo gallery’s buttons, run into the credit of its picture, are no words of the story (nor the first name of the photographer)',
  },
  {
    id: 'credit.label',
    scope: 'span',
    hints: ['photo', 'image', 'illustration', 'credit'],
    // An agency is tried before a name, so that the credit ends with it ("Photo: AP The president …").
    pattern: new RegExp(`\\b${CREDIT_LABEL} ?(?:${CREDIT_AGENCY}(?![\\p{L}\\p{N}])|${CREDIT_NAME})(?: (?:for|via) (?:${CREDIT_AGENCY}(?![\\p{L}\\p{N}])|(?:The )?${CREDIT_NAME}))?|\\bCredit(?:\\.\\.\\.|…)? ${CREDIT_AGENCY}(?![\\p{L}\\p{N}])`, 'gu'),
    examples: ['Photo: Manu Brabo for The Wall Street Journal', 'Illustration by Louisa Bertman', 'Image: FSB Handout via RTR', 'his image of Dzhokhar A. Tsarnaev. Credit Reuters The hunt for'],
    why: 'a credit\'s label ("Photographer:", "Photo by", "Credit") says that the name after it took the picture: no subject of the story',
  },
  {
    id: 'credit.agency-line',
    scope: 'line',
    hints: ['/'],
    // Not a poll's sponsors ("Ipsos/Reuters poll").
    pattern: new RegExp(`^(?:${NAME_WORD} ){0,4}${NAME_WORD} ?/ ?(?:${NAME_WORD} ?/ ?)?${AGENCY}\\b(?! (?:poll|survey)\\b)|^${AGENCY}(?: Photo)? ?/ ?${NAME_WORD}`, 'u'),
    maxWords: 16,
    examples: ['AP Photo/Susan Walsh', 'Mandel Ngan/AFP/Getty Images'],
    why: 'a credit line under a picture',
  },
  {
    id: 'caption.credited',
    scope: 'line',
    hints: ['/', 'photo'],
    pattern: new RegExp(`\\b(?:REUTERS|AP Photo|AFP|EPA) ?/ ?${NAME_WORD}[^\\n()]{0,60}$|\\bPhoto(?:graph)?: ${NAME_WORD}(?: ${NAME_WORD}){0,3}(?: ?[/,] ?[^\\n()]{1,40})?$`, 'u'),
    examples: ['Trump waves in Washington, U.S., May 4, 2018. REUTERS/Jonathan Ernst', 'Pence at a conference. Photo: Chip Somodevilla/Getty Images'],
    why: 'a caption ends with its credit: the whole line describes a picture',
  },
  {
    id: 'caption.pipe-credited',
    scope: 'line',
    hints: ['|'],
    // The photographer and the agency after a bar close the line ("… in June. | Susan Walsh/AP Photo").
    pattern: new RegExp(`\\| ?${CREDIT_NAME} ?/ ?(?:${CREDIT_PART} ?/ ?){0,2}${CREDIT_AGENCY}[ \\t]*$`, 'u'),
    maxWords: 80,
    examples: ['President Donald Trump meets with North Korean leader Kim Jong Un at the border village of Panmunjom in June. | Susan Walsh/AP Photo', 'On Friday, a spokesman criticized the U.S. as “capricious.” | Andy Wong/AP Photo'],
    why: 'a caption set off from its credit by a bar: the whole line describes a picture, and its quoted words repeat the story’s',
  },
  {
    id: 'caption.video-blurb',
    scope: 'line',
    hints: ['photo'],
    // A reporter's narration of a clip ("X has details on The News Hub.", "WSJ's X explains.") in the line's last
    // sentence, closed by its picture's credit. A photo's caption ends with a credit too ("… in Biarritz. (Photo: AP)"),
    // but tells no one explaining: it keeps its text (its names are the story's; the credit alone is masked).
    pattern: new RegExp(`\\b(?:has details|explains|discusses|examines|explores|highlights|reports|joins)\\b[^.!?\\n]*[.!?] (?:\\(Photo: [^()\\n]{1,60}\\)|Photo: ${CREDIT_AGENCY}\\.?(?: \\([^()\\n]{1,60}\\))?)$`, 'u'),
    examples: [
      'The president signed an order on tariffs. Our reporter explains. Photo: AP (Originally published Jan. 24, 2018)',
      'The prime minister warned Iran. Ana Lopez has details on The News Hub. (Photo: AP)',
      'Trade talks stalled this week. WSJ’s Ana Lopez explores what was resolved. (Photo: Getty Images)',
    ],
    why: 'a video\'s blurb (a reporter explaining a clip) ends with its picture\'s credit: the whole line tells of a clip, not the story',
  },
];

const lineKey = (line: string) => line.trim().replace(/\s+/g, ' ').replace(/\d/g, '0');
const REPEATED = new Set(REPEATED_FURNITURE_LINES.map(lineKey));
const LINE_RULES = FURNITURE_RULES.filter((r) => r.scope === 'line');
const SPAN_RULES = FURNITURE_RULES.filter((r) => r.scope === 'span');

/**
 * A link list's label alone on its line ("Read more:", "Related:", "More from PRI.org:"): the lines under it, as long
 * as they read as headlines (isHeadline), link to other stories (USA Today, National Review) — their "X says Y" is no
 * statement of this story and their names are not its. Up to LINK_LIST_MAX of them; the first sentence of prose ends it.
 */
const LINK_LABEL = /^(?:read more|related(?: coverage| stories)?|see also|earlier|dig deeper|(?:read )?more(?: (?:from|on) [^:\n]{1,40})?)\s*:$/iu;
const LINK_LABEL_RULE = 'link.list-after-label';
const LINK_LIST_MAX = 6;

/** A line that reads as a headline: at most 20 words, not ending a sentence with a full stop or a colon. */
function isHeadline(line: string): boolean {
  return wordCount(line, 22) <= 20 && !/[.:;,]$/u.test(line) && !/[.:;,]["”’']$/u.test(line);
}

/** The rule id of inlineLinkLists' spans (a scan, not a pattern: see there). */
export const INLINE_LINK_LIST = 'link.inline-list';

/** The furniture of a body, in text order: whole lines, spans inside lines, and inline link lists. */
export function findFurniture(body: string): FurnitureSpan[] {
  const out: FurnitureSpan[] = inlineLinkLists(body).map(([start, end]) => ({ start, end, rule: INLINE_LINK_LIST }));
  // Headlines still to come under a link list's label ("Read more:", "Related:") on a line of its own.
  let listLeft = 0;
  // Lines by indexOf, not /[^\n]+/g: once V8 has compiled that pattern to native code (a warmed-up worker), a line of
  // megabytes overflows its backtracking stack ("Maximum call stack size exceeded") before any budget is reached.
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf('\n', at);
    const lineEnd = nl < 0 ? body.length : nl;
    const raw = body.slice(at, lineEnd);
    const lineStart = at;
    at = lineEnd + 1;
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (!line) continue;
    const start = lineStart + lead;
    const end = start + line.length;
    // Lower-cased once for the hints of both the line rules and the span rules.
    const lower = line.toLowerCase();
    const label = line.length <= 60 && LINK_LABEL.test(line);
    const rule = label ? LINK_LABEL_RULE : lineRule(line, lower);
    if (rule) {
      out.push({ start, end, rule });
      // A list's label alone on its line: its headlines follow (a masked line between them, "Advertisement", keeps the list).
      if (label) listLeft = LINK_LIST_MAX;
      continue;
    }
    if (listLeft > 0 && isHeadline(line)) {
      out.push({ start, end, rule: LINK_LABEL_RULE });
      listLeft--;
      continue;
    }
    listLeft = 0;
    for (const r of SPAN_RULES) {
      if (!hinted(r, lower)) continue;
      for (const s of line.matchAll(r.pattern)) out.push({ start: start + s.index, end: start + s.index + s[0].length, rule: r.id });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Inline link lists (The Hill): "Jim Risch James (Jim) Elroy RischTrump hosts Erdoğan at White House | … MORE" — a
 * full name glued to the first of several headlines, closed by "MORE". Spans from the glued word to "MORE": page
 * furniture, whose headlines tell of other articles: masked, so neither the glued names ("RischTrump") become entities
 * nor the headlines' verbs and names become relations. Plain string search (no regex over the body).
 */
export function inlineLinkLists(body: string): [number, number][] {
  const out: [number, number][] = [];
  let at = nextMore(body, 0);
  while (at >= 0) {
    const end = at + 5;
    if (body[at] !== ' ' && !/\p{L}/u.test(body[end] ?? '')) {
      // "John Kelly John Francis KellyMORE called …": the tooltip's surname glued to "MORE" itself, no headline between.
      let start = at + 1;
      while (start > 0 && /\S/.test(body[start - 1])) start--;
      const surname = body.slice(start, at + 1);
      if (NAME_TOKEN.test(surname)) out.push([hiddenFullNameStart(body, start, surname), end]);
    } else if (!/\p{L}/u.test(body[end] ?? '')) {
      // The glued name: three lower-case letters then an upper-case one inside one word ("RischTrump", not "McConnell"
      // or "DeSantis"), or then a headline's year ("Clinton2020 Democrats …"); two lower-case letters only when the
      // shown name ends in the same surname ("Theresa May Theresa Mary MayThe …"). The first within 400 characters
      // before "MORE" — or, when the headlines run longer, within a headline's length before the first of their " | "
      // separators.
      const from = Math.max(3, Math.min(at - 400, firstSeparator(body, at) - HEADLINE_MAX), out.length ? out[out.length - 1][1] : 0);
      let span = -1;
      for (let k = from; k < at && span < 0; k++) {
        const three = /^\p{Ll}{3}$/u.test(body.slice(k - 3, k));
        const glued = (three || /^\p{Lu}\p{Ll}{2}$/u.test(body.slice(k - 3, k))) && (/\p{Lu}/u.test(body[k]) || (three && /^\d{4} \p{Lu}/u.test(body.slice(k, k + 6))));
        if (!glued) continue;
        let start = k;
        while (start > 0 && /\S/.test(body[start - 1])) start--;
        const shown = hiddenFullNameStart(body, start, body.slice(start, k));
        if (three || shown !== start) span = shown;
      }
      if (span >= 0) out.push([span, end]);
      else {
        const tooltip = repeatedSurnameTooltip(body, from, at);
        if (tooltip >= 0) out.push([tooltip, end]);
      }
    }
    at = nextMore(body, at + 5);
  }
  return out;
}

/**
 * A link list whose tooltip is not glued to its first headline: "Speaker Paul Ryan Paul Davis Ryan Retirees should say
 * … MORE (R-Wis.)". The shown name ("Paul Ryan") is followed by the tooltip's full name, which opens with the same
 * given name and ends with the same surname, and then by a headline's capitalised first word. The start of the tooltip, or -1. Words between `from` and
 * `at`, the first such repeat taken.
 */
function repeatedSurnameTooltip(body: string, from: number, at: number): number {
  const words: { text: string; start: number }[] = [];
  for (const m of body.slice(from, at).matchAll(/\S+/g)) words.push({ text: m[0], start: from + m.index });
  const isName = (k: number) => k >= 0 && k < words.length && NAME_TOKEN.test(words[k].text);
  // Of the repeats in one run of names, the one ending last: in "Joe Biden Joe Biden Parnas: …" the tooltip is the second
  // "Joe Biden" (the repeated "Biden"), not "Biden Joe" (the repeated "Joe").
  let best = -1;
  let bestEnd = -1;
  for (let i = 1; i < words.length; i++) {
    if (!isName(i) || !isName(i - 1) || words[i].text.length < 2) {
      if (best >= 0) break;
      continue;
    }
    // the tooltip: one to four name words after the shown surname, the last of them that surname again
    for (let j = i + 2; j <= i + 5 && isName(j); j++) {
      // …and opening with the shown given name ("Paul Ryan Paul Davis Ryan"), so that a given name said twice
      // ("Theresa May Theresa Mary MayThe …") is no surname
      if (j > bestEnd && words[j].text === words[i].text && words[i + 1].text === words[i - 1].text && /^\p{Lu}/u.test(words[j + 1]?.text ?? '')) {
        best = words[i + 1].start;
        bestEnd = j;
      }
    }
  }
  return best;
}

/** The next "MORE" at or after `from` after a space or glued to a lower-case letter ("KellyMORE"): the index before it, or -1. */
function nextMore(body: string, from: number): number {
  for (let at = body.indexOf('MORE', from + 1); at > 0; at = body.indexOf('MORE', at + 4)) {
    if (body[at - 1] === ' ' || /\p{Ll}/u.test(body[at - 1])) return at - 1;
  }
  return -1;
}

/** The longest headline of a link list: the step from one " | " separator back to the one before it, at most. */
const HEADLINE_MAX = 250;

/** The first " | " of the chain of separators that ends before `at`, each within a headline's length of the next; `at` when none. */
function firstSeparator(body: string, at: number): number {
  let first = at;
  for (let p = body.lastIndexOf(' | ', first - 1); p >= 0 && first - p <= HEADLINE_MAX; p = body.lastIndexOf(' | ', first - 1)) first = p;
  return first;
}

/**
 * The link's hidden full name before the glued word: "President Trump Donald John TrumpGOP …" reads "President Trump"
 * on the page, and "Donald John Trump" is the link's tooltip. Going back from the glued word over at most six name
 * tokens (capitalised words, initials, "(Mike)"), the shown name ends at the first word equal to the glued surname; the
 * tokens after it are masked too. No such word: only the glued word is masked, as before.
 */
function hiddenFullNameStart(body: string, gluedStart: number, surname: string): number {
  let at = gluedStart;
  const words: { text: string; start: number }[] = [];
  for (let tokens = 0; tokens < 6; tokens++) {
    let end = at;
    while (end > 0 && body[end - 1] === ' ') end--;
    if (end === at || end === 0) break;
    let start = end;
    while (start > 0 && !/\s/.test(body[start - 1])) start--;
    const word = body.slice(start, end);
    // The shown name keeps its suffix: "his eldest son, Donald Trump Jr. Donald (Don) John TrumpTrump Jr's …".
    if (word === surname) return at + (NAME_SUFFIX_AT.exec(body.slice(at, at + 6))?.[0].length ?? 0);
    if (!NAME_TOKEN.test(word)) break;
    words.push({ text: word, start });
    at = start;
  }
  // The shown name's surname after the list instead ("Sarah Huckabee Sarah Elizabeth SandersBill … MORE Sanders told"):
  // the tooltip opens with the shown given name said again, the repeat nearest the glued word.
  for (let i = 0; i < words.length; i++) {
    if (words.slice(i + 1).some((w) => w.text === words[i].text)) return words[i].start;
  }
  return gluedStart;
}

/** A generational suffix after a shown surname, with the space after it: "Jr. ", "Sr. ", "III ". Anchored: linear. */
const NAME_SUFFIX_AT = /^(?:Jr\.?|Sr\.?|II|III|IV) +/;

/** A word of a full name in a link tooltip: "Donald", "W.", "(Mike)". Anchored, one pass: linear. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}.'’-]*\))$/u;

/** The id of the rule that makes a whole line furniture, if any: a pattern, or the list of repeated lines. */
export function lineRule(line: string, lower = line.toLowerCase()): string | undefined {
  return linePatternRule(line, lower) ?? (line.length <= 160 && REPEATED.has(lineKey(line)) ? 'repeated-line' : undefined);
}

/** The id of the line pattern that makes a whole line furniture, if any. */
export function linePatternRule(line: string, lower = line.toLowerCase()): string | undefined {
  const words = wordCount(line, 41);
  for (const r of LINE_RULES) if ((r.maxWords === undefined || words <= r.maxWords) && hinted(r, lower) && r.pattern.test(line)) return r.id;
  return undefined;
}

/** line.split(/\s+/, limit).length, counted without building the pieces: one more than its runs of space. */
function wordCount(line: string, limit: number): number {
  let pieces = 1;
  for (let i = 0; i < line.length && pieces < limit; i++) {
    if (isSpace(line, i) && (i === 0 || !isSpace(line, i - 1))) pieces++;
  }
  return pieces;
}

const SPACE = /\s/;
/** /\s/ at line[i], without the regex for ASCII. */
function isSpace(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(line[i]);
}

function hinted(rule: FurnitureRule, lower: string): boolean {
  return !rule.hints || rule.hints.some((h) => lower.includes(h));
}

/** The body with its furniture replaced by line breaks: same length, every other character in place. */
export function maskFurniture(body: string): string {
  const spans = findFurniture(body);
  if (!spans.length) return body;
  let out = '';
  let at = 0;
  for (const s of spans) {
    // Overlapping spans (a credit's label and its slash form) are masked as their union.
    const from = Math.max(s.start, at);
    if (s.end <= from) continue;
    out += body.slice(at, from) + '\n'.repeat(s.end - from);
    at = s.end;
  }
  return out + body.slice(at);
}
