/** Names for AI as a writer, shared by the disclosure check and the bot-author test. */
export const AI_AGENT =
  '(?:A\\.?I\\.?(?:[\\s-]+(?:(?:language\\s+)?models?|tools?|systems?|writers?|assistants?' +
  '|programs?|software|technology|chatbots?))?|artificial\\s+intelligence|(?:an?\\s+)?' +
  '(?:large\\s+)?language\\s+models?|LLMs?|generative\\s+AI|(?:Chat)?GPT[\\w.-]*|Claude' +
  '|Gemini|Bard|Copilot|Llama|Mistral|Grok|(?:an?\\s+)?(?:automated|machine)[\\s-]+(?:tools?' +
  '|systems?|writers?|writing|learning|programs?|software)|(?:chat)?bots?|[A-Z][a-z]*Bot' +
  '|[A-Z]\\w*GPT\\w*)';

/**
 * A byline name that marks its author as a bot: "AiBot", "NewsGPT", "News Bot", "AI". One word
 * with "GPT" in it is read as one word first, then searched for "GPT": as `^[A-Z]\w*GPT\w*$`, every
 * "GPT" in a long word made it read the rest of the word again.
 */
export function isBotName(name: string): boolean {
  const n = name.trim();
  return BOT_WORD.test(n) || BOT_NAME.test(n);
}

const BOT_WORD = /^(?:A\.?I\.?|ChatGPT|GPT[\w.-]*)$/i;
const BOT_NAME = new RegExp(
  [
    String.raw`(?:^|\s)[A-Z]?[a-z]*(?<=[a-z])Bot\b`,
    String.raw`\bBot$`,
    String.raw`^(?=\w*$)[A-Z]\w*?GPT`,
    String.raw`\bAI\s+(?:Writer|Reporter|Desk|Author)\b`,
  ].join('|'),
);
