import Testing
@testable import BriefingUI

/// Rendered grids compared with the expected text, as ratatui tests widgets.
/// The text is the same in every theme (themes only colour roles); roles are checked apart.
enum Expected {
    static let wide = #"""
 Ceasefire talks in Geneva · 2025-03-12 · 6 sentences · 4 actors · 2 topics
┏━ 1 Actors 4 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓┌─ 4 Source · sentence 1/6 ───────────────────────────────────────────────┐
┃ David Lammy  UK Foreign Secreta… person 2 ┃│ Ceasefire talks in Geneva                                              ▐│
┃ Kaja Kallas  EU foreign affairs… person 2 ┃│ David Lammy met Kaja Kallas in Brussels on Monday.                      │
┃ EU                                  org 1 ┃│ Lammy said the ceasefire must hold.                                     │
┃ Kyiv                              place 1 ┃│                                                                         │
┃                                           ┃│ Kallas will visit Kyiv next week. The EU backs the plan.                │
┃                                           ┃│ Trade tensions rose after tariffs.                                      │
┃                                           ┃│                                                                         │
┃                                           ┃│                                                                         │
┃                                           ┃│                                                                         │
┃                                           ┃│                                                                         │
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛│                                                                         │
┌─ 2 Timeline 3 ────────────────────────────┐│                                                                         │
│ 2025-03-10 ◂ Lammy met Kallas in Brussels ││                                                                         │
│ 2025-W12   ▸ Kallas to visit Kyiv         ││                                                                         │
│ past       ◂ Trade tensions rose          ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
└───────────────────────────────────────────┘│                                                                         │
┌─ 3 Topics 2 ──────────────────────────────┐│                                                                         │
│ Diplomacy  ceasefire, talks         ███░░ ││                                                                         │
│ Trade  trade, tariffs               █▎░░░ ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
└───────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────────────┘
 David Lammy · person · UK Foreign Secretary · affiliation: united-kingdom · 2 mentions
 j/k move  Tab pane  Enter jump  Esc back  f filter  / search  ? help  q quit
"""#

    static let narrow = #"""
 Ceasefire talks in Geneva · 2025-03-12 · 6 sentences · 4 actors · 2 topics
┏━ 1 Actors ━ 2 Timeline ━ 3 Topics ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ David Lammy  UK Foreign Secretary                                   person 2 ┃
┃ Kaja Kallas  EU foreign affairs chief                               person 2 ┃
┃ EU                                                                     org 1 ┃
┃ Kyiv                                                                 place 1 ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌─ 4 Source · sentence 1/6 ────────────────────────────────────────────────────┐
│ Ceasefire talks in Geneva                                                   ▐│
│ David Lammy met Kaja Kallas in Brussels on Monday.                           │
│ Lammy said the ceasefire must hold.                                          │
│                                                                              │
│ Kallas will visit Kyiv next week. The EU backs the plan.                     │
│ Trade tensions rose after tariffs.                                           │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
└──────────────────────────────────────────────────────────────────────────────┘
 David Lammy · person · UK Foreign Secretary · affiliation: united-kingdom · 2 m
 j/k move  Tab pane  Enter jump  Esc back  f filter  / search  ? help  q quit
"""#

    static let wideJump = #"""
 Ceasefire talks in Geneva · 2025-03-12 · 6 sentences · 4 actors · 2 topics
┏━ 1 Actors 4 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓┌─ 4 Source · sentence 2/6 ───────────────────────────────────────────────┐
┃ David Lammy  UK Foreign Secreta… person 2 ┃│ Ceasefire talks in Geneva                                              ▐│
┃ Kaja Kallas  EU foreign affairs… person 2 ┃│▌David Lammy met Kaja Kallas in Brussels on Monday.                      │
┃ EU                                  org 1 ┃│ Lammy said the ceasefire must hold.                                     │
┃ Kyiv                              place 1 ┃│                                                                         │
┃                                           ┃│ Kallas will visit Kyiv next week. The EU backs the plan.                │
┃                                           ┃│ Trade tensions rose after tariffs.                                      │
┃                                           ┃│                                                                         │
┃                                           ┃│                                                                         │
┃                                           ┃│                                                                         │
┃                                           ┃│                                                                         │
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛│                                                                         │
┌─ 2 Timeline 3 ────────────────────────────┐│                                                                         │
│ 2025-03-10 ◂ Lammy met Kallas in Brussels ││                                                                         │
│ 2025-W12   ▸ Kallas to visit Kyiv         ││                                                                         │
│ past       ◂ Trade tensions rose          ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
└───────────────────────────────────────────┘│                                                                         │
┌─ 3 Topics 2 ──────────────────────────────┐│                                                                         │
│ Diplomacy  ceasefire, talks         ███░░ ││                                                                         │
│ Trade  trade, tariffs               █▎░░░ ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
│                                           ││                                                                         │
└───────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────────────┘
 sentence 1 of 2 · Enter or n: next · N: previous · Esc: back
 j/k move  Tab pane  Enter jump  Esc back  f filter  / search  ? help  q quit
"""#

    static let narrowTimelineJump = #"""
 Ceasefire talks in Geneva · 2025-03-12 · 6 sentences · 4 actors · 2 topics
┏━ 1 Actors ━ 2 Timeline ━ 3 Topics ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ 2025-03-10 ◂ Lammy met Kallas in Brussels                                    ┃
┃ 2025-W12   ▸ Kallas to visit Kyiv                                            ┃
┃ past       ◂ Trade tensions rose                                             ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌─ 4 Source · sentence 2/6 ────────────────────────────────────────────────────┐
│ Ceasefire talks in Geneva                                                   ▐│
│▌David Lammy met Kaja Kallas in Brussels on Monday.                           │
│ Lammy said the ceasefire must hold.                                          │
│                                                                              │
│ Kallas will visit Kyiv next week. The EU backs the plan.                     │
│ Trade tensions rose after tariffs.                                           │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
│                                                                              │
└──────────────────────────────────────────────────────────────────────────────┘
 #1 · past · "Monday" = 2025-03-10 · sentence 2 · actors: David Lammy, Kaja Kall
 j/k move  Tab pane  Enter jump  Esc back  f filter  / search  ? help  q quit
"""#

    static let tooSmall = #"""



   terminal too small (need
            40×12)
"""#

}
