#!/usr/bin/env python3
"""Reads `perf script` output with call chains (perf record -g) and prints, for the samples
taken inside BriefingAnalyzer.analyze, each stage's share with its kernel part (page faults,
mostly), then the functions the samples land in (a kernel sample counts for the function
that faulted). Used by profile-time.sh; the argument is how many functions to list."""
import collections
import re
import sys

ANALYZE = 'AnalyzerO7analyze_'
# Each stage's entry point as perf names it; a sample belongs to the first one on its stack.
STAGES = [('segmentation', 'AnalyzerO7segment_'), ('topics', 'TopicModelO6topics_'),
          ('actors', 'ActorRecognizerO9recognize_'), ('times+timeline', 'TimelineBuilderO11tagAndBuild')]


def samples(lines):
    stack = []
    for line in lines:
        if not line.strip():
            if stack:
                yield stack
            stack = []
        elif line[0] in ' \t':
            stack.append(line.strip())
    if stack:
        yield stack


def function(frame):
    # "address symbol+0xoffset (object)" -> symbol
    return re.sub(r'\+0x[0-9a-f]+$', '', frame.split(None, 1)[1].rsplit(' (', 1)[0])


def main():
    shown = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    total = 0
    by_stage, kernel, by_function = collections.Counter(), collections.Counter(), collections.Counter()
    for stack in samples(sys.stdin):
        if not any(ANALYZE in frame for frame in stack):
            continue
        total += 1
        stage = next((name for name, key in STAGES if any(key in frame for frame in stack)), 'other')
        by_stage[stage] += 1
        if stack[0].endswith('([kernel.kallsyms])'):
            kernel[stage] += 1
        user = next((frame for frame in stack if not frame.endswith('([kernel.kallsyms])')), None)
        if user:
            by_function[(stage, function(user))] += 1
    if total == 0:
        sys.exit('no samples inside the analysis: was perf record run with -g?')
    print(f'samples in the analysis: {total}')
    for stage, n in by_stage.most_common():
        print(f'{stage:16} {100 * n / total:5.1f}%   kernel {100 * kernel[stage] / total:4.1f}%')
    print()
    for (stage, name), n in by_function.most_common(shown):
        print(f'{100 * n / total:5.1f}%  {stage:15} {name[:110]}')


main()
