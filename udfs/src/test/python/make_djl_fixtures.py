#!/usr/bin/env python3
"""Writes the tiny DJL fixtures that RewardLake's tests load exactly as a user's exported model is loaded.

    apt-get install python3-onnx python3-numpy        # Debian's packages; no PyPI needed
    /usr/bin/python3 udfs/src/test/python/make_djl_fixtures.py udfs/src/test/resources/djl

Two model directories, each with model.onnx, a Hugging Face tokenizer.json (WordLevel, whitespace split, case
sensitive), RewardLake's model.json and fixture.json (the weights, so tests can compute the expected numbers on their
own instead of trusting the runtime):

* rm-tiny: a sequence-classification reward model. logits[b] = [-s_b, s_b] with
      s_b = bias + sum_t attention_mask[b, t] * weight[input_ids[b, t]]
  so the reward (logit 1) depends only on known tokens, and padding with any id changes nothing. The pad token has
  a non-zero weight on purpose: a runtime that ignored the attention mask would give a different score.

* lm-tiny: a causal LM. At every position t its next-token logits are base[v] plus, for the label tokens "1" and
  "2", the summed quality of the known tokens seen so far inside the first (for "1") or second (for "2") response
  block of a judge prompt. A token is inside block k when the number of "RESPONSE" tokens up to it is 2k-1 (the
  template opens and closes each block with one). So P("1") at the answer position is
  sigmoid(base1 - base2 + quality(A) - quality(B)) over {1, 2}: a judge whose preference depends on known tokens
  and on which response is shown first. It also takes position_ids, as decoder exports of recent architectures
  do: token "3" gains POSITION_WEIGHT per position, so a runtime that numbered positions wrongly (or ignored the
  input) gives different probabilities.

* rm-tiny-pt (only with --torchscript, which needs Debian's python3-torch): the same reward model as TorchScript,
  for DJL's PyTorch engine (RewardLake built with -Ppytorch).

Everything is deterministic: running this twice writes byte-identical files.

With --bench it writes one more model, rm-bench, for `rewardlake bench-djl` (never committed: about 10 MB):

    /usr/bin/python3 udfs/src/test/python/make_djl_fixtures.py --bench /tmp/rm-bench \
        --vocab-from hh-rlhf/harmless-base/test.jsonl.gz

* rm-bench: a sequence classifier shaped like a small transformer block without attention, so per-token compute is
  real rather than a table lookup: embedding (vocab x 256), a per-token feed-forward block 256 -> 1024 (ReLU) -> 256
  with a residual connection, masked mean pooling over the sequence, and a linear head to logits [batch, 1]. Random
  weights from a fixed seed (scores mean nothing; the benchmark compares throughput and checks both paths agree).
  FLOPs per token: 2 x (256 x 1024 + 1024 x 256) = 1,048,576 for the two MatMuls, plus O(256) for the biases, ReLU,
  residual and pooling; the head is 512 FLOPs per sequence. max_length 512.
  The vocabulary is WordLevel like the fixtures' (whitespace pre-tokenizer, case sensitive): the most frequent
  words of --vocab-from (a text or .jsonl file, optionally .gz; JSON lines contribute their string values), or
  without it the fixture words padded with placeholders. Either way a word is one token (unknown words are [UNK]),
  so the vocabulary changes which embedding rows are read, not how many tokens a text costs.
"""
import argparse
import gzip
import json
import os
import re
from collections import Counter

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
IR_VERSION = 7  # readable by every ONNX Runtime since 1.6

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "<s>", "</s>"]

# Words of the synthetic corpus (and of ordinary advice) that signal a helpful or an unhelpful reply.
GOOD = {"because": 1.0, "step": 0.8, "check": 0.8, "then": 0.5, "keep": 0.6, "which": 0.4, "so": 0.3,
        "helpful": 1.2, "clear": 0.9, "specific": 1.1, "sorry": 0.2}
BAD = {"depends": -0.9, "whatever": -1.2, "silly": -1.5, "idea": -0.7, "search": -0.8, "trick": -1.4,
       "nobody": -1.3, "trace": -1.1, "weather": -0.6, "yourself": -1.0, "rude": -1.5}
FILLER = ["the", "a", "is", "to", "and", "of", "you", "it", "I", "with", "this", "that", "for", "on", "in",
          "Human", "Assistant", ":", ".", ",", "?", "!", "=", "<<<", ">>>", "CONTEXT", "RESPONSE", "RATIONALE",
          "Preferred", "Response", "Score"]
DIGITS = [str(n) for n in range(1, 11)]
PAD_WEIGHT = 0.37
RM_BIAS = 0.25
LABEL_BASE = 2.0
SCORE_BASE = 0.5
POSITION_WEIGHT = 0.01


def vocabulary():
    words = SPECIALS + DIGITS + FILLER + sorted(GOOD) + sorted(BAD)
    assert len(words) == len(set(words)), "duplicate vocabulary entry"
    return {word: index for index, word in enumerate(words)}


def tokenizer_json(vocab, single):
    special = [{"id": vocab[token], "content": token, "single_word": False, "lstrip": False, "rstrip": False,
                "normalized": False, "special": True} for token in SPECIALS]
    templates = [({"SpecialToken": {"id": token, "type_id": 0}} if token != "$A" else
                  {"Sequence": {"id": "A", "type_id": 0}}) for token in single]
    used = [token for token in single if token != "$A"]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": special,
        "normalizer": None,
        "pre_tokenizer": {"type": "Whitespace"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": templates,
            "pair": templates + [{"Sequence": {"id": "B", "type_id": 1}}],
            "special_tokens": {token: {"id": token, "ids": [vocab[token]], "tokens": [token]} for token in used},
        },
        "decoder": None,
        "model": {"type": "WordLevel", "vocab": vocab, "unk_token": "[UNK]"},
    }


def quality_vector(vocab):
    quality = np.zeros(len(vocab), dtype=np.float32)
    for word, value in {**GOOD, **BAD}.items():
        quality[vocab[word]] = value
    return quality


def ids_and_mask_inputs():
    return [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"])]


def save(graph, path, doc):
    model = helper.make_model(graph, producer_name="rewardlake-fixtures", opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = IR_VERSION
    model.doc_string = doc
    onnx.checker.check_model(model)
    with open(path, "wb") as out:
        out.write(model.SerializeToString())


def reward_model(vocab, directory):
    weights = quality_vector(vocab)
    weights[vocab["[PAD]"]] = PAD_WEIGHT
    nodes = [
        helper.make_node("Gather", ["weights", "input_ids"], ["token_weights"], axis=0),
        helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["token_weights", "mask"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis_1"], ["summed"], keepdims=1),
        helper.make_node("Add", ["summed", "bias"], ["score"]),
        helper.make_node("Neg", ["score"], ["negative"]),
        helper.make_node("Concat", ["negative", "score"], ["logits"], axis=1),
    ]
    initializers = [numpy_helper.from_array(weights, "weights"),
                    numpy_helper.from_array(np.array([1], dtype=np.int64), "axis_1"),
                    numpy_helper.from_array(np.array([RM_BIAS], dtype=np.float32), "bias")]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])]
    graph = helper.make_graph(nodes, "rm-tiny", ids_and_mask_inputs(), outputs, initializers)
    save(graph, os.path.join(directory, "model.onnx"), "RewardLake test fixture: bag-of-known-words reward model")
    write_json(os.path.join(directory, "tokenizer.json"), tokenizer_json(vocab, ["[CLS]", "$A", "[SEP]"]))
    write_json(os.path.join(directory, "fixture.json"), {
        "kind": "reward-model", "bias": RM_BIAS, "pad_weight": PAD_WEIGHT,
        "weights": {word: float(weights[index]) for word, index in vocab.items() if weights[index] != 0}})
    write_json(os.path.join(directory, "model.json"), {
        "format": "rewardlake-model-v1",
        "family": "djl",
        "model_id": "rm-tiny",
        "engine": "OnnxRuntime",
        "model_file": "model.onnx",
        "tokenizer_file": "tokenizer.json",
        "inputs": {"input_ids": "input_ids", "attention_mask": "attention_mask"},
        "reward_logit": 1,
        "max_length": 48,
        "prompt_format": "Human : {prompt} Assistant : {response}",
        "batch_size": 8,
        "device": "auto"})


def language_model(vocab, directory):
    size = len(vocab)
    base = np.zeros(size, dtype=np.float32)
    for digit in DIGITS:
        base[vocab[digit]] = SCORE_BASE
    base[vocab["1"]] = LABEL_BASE
    base[vocab["2"]] = LABEL_BASE
    base[vocab["[PAD]"]] = -10.0
    one = np.zeros(size, dtype=np.float32)
    one[vocab["1"]] = 1.0
    two = np.zeros(size, dtype=np.float32)
    two[vocab["2"]] = 1.0
    three = np.zeros(size, dtype=np.float32)
    three[vocab["3"]] = POSITION_WEIGHT
    nodes = [
        helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT),
        helper.make_node("Gather", ["quality", "input_ids"], ["token_quality"], axis=0),
        helper.make_node("Mul", ["token_quality", "mask"], ["masked_quality"]),
        helper.make_node("Equal", ["input_ids", "marker_id"], ["is_marker"]),
        helper.make_node("Cast", ["is_marker"], ["marker"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["marker", "mask"], ["masked_marker"]),
        helper.make_node("CumSum", ["masked_marker", "time_axis"], ["markers_seen"]),
        helper.make_node("Equal", ["markers_seen", "first_block"], ["in_first_bool"]),
        helper.make_node("Equal", ["markers_seen", "second_block"], ["in_second_bool"]),
        helper.make_node("Cast", ["in_first_bool"], ["in_first"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["in_second_bool"], ["in_second"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["masked_quality", "in_first"], ["first_quality"]),
        helper.make_node("Mul", ["masked_quality", "in_second"], ["second_quality"]),
        helper.make_node("CumSum", ["first_quality", "time_axis"], ["first_so_far"]),
        helper.make_node("CumSum", ["second_quality", "time_axis"], ["second_so_far"]),
        helper.make_node("Unsqueeze", ["first_so_far", "last_axis"], ["first_column"]),
        helper.make_node("Unsqueeze", ["second_so_far", "last_axis"], ["second_column"]),
        helper.make_node("Mul", ["first_column", "one_hot_1"], ["first_logits"]),
        helper.make_node("Mul", ["second_column", "one_hot_2"], ["second_logits"]),
        helper.make_node("Add", ["first_logits", "second_logits"], ["label_logits"]),
        helper.make_node("Cast", ["position_ids"], ["positions"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["positions", "last_axis"], ["position_column"]),
        helper.make_node("Mul", ["position_column", "position_one_hot"], ["position_logits"]),
        helper.make_node("Add", ["label_logits", "position_logits"], ["content_logits"]),
        helper.make_node("Add", ["content_logits", "base"], ["logits"]),
    ]
    initializers = [
        numpy_helper.from_array(quality_vector(vocab), "quality"),
        numpy_helper.from_array(np.array(vocab["RESPONSE"], dtype=np.int64), "marker_id"),
        numpy_helper.from_array(np.array(1, dtype=np.int64), "time_axis"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "first_block"),
        numpy_helper.from_array(np.array(3.0, dtype=np.float32), "second_block"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "last_axis"),
        numpy_helper.from_array(one, "one_hot_1"),
        numpy_helper.from_array(two, "one_hot_2"),
        numpy_helper.from_array(three, "position_one_hot"),
        numpy_helper.from_array(base, "base"),
    ]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "sequence", size])]
    inputs = ids_and_mask_inputs() + [
        helper.make_tensor_value_info("position_ids", TensorProto.INT64, ["batch", "sequence"])]
    graph = helper.make_graph(nodes, "lm-tiny", inputs, outputs, initializers)
    save(graph, os.path.join(directory, "model.onnx"), "RewardLake test fixture: a judge that counts known words")
    write_json(os.path.join(directory, "tokenizer.json"), tokenizer_json(vocab, ["<s>", "$A"]))
    write_json(os.path.join(directory, "fixture.json"), {
        "kind": "causal-lm", "marker": "RESPONSE", "first_block": 1, "second_block": 3,
        "position_token": "3", "position_weight": POSITION_WEIGHT,
        "quality": {word: value for word, value in {**GOOD, **BAD}.items()},
        "base": {word: float(base[index]) for word, index in vocab.items() if base[index] != 0}})
    write_json(os.path.join(directory, "model.json"), {
        "format": "rewardlake-model-v1",
        "family": "djl-lm",
        "model_id": "lm-tiny",
        "engine": "OnnxRuntime",
        "model_file": "model.onnx",
        "tokenizer_file": "tokenizer.json",
        "inputs": {"input_ids": "input_ids", "attention_mask": "attention_mask", "position_ids": "position_ids"},
        "max_length": 2048,
        "eos_token": "</s>",
        "device": "auto"})


def torchscript_reward_model(vocab, directory):
    import shutil

    import torch

    weights = quality_vector(vocab)
    weights[vocab["[PAD]"]] = PAD_WEIGHT

    class BagOfKnownWords(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("weights", torch.from_numpy(weights.copy()))
            self.bias = RM_BIAS

        def forward(self, input_ids, attention_mask):
            score = (self.weights[input_ids] * attention_mask.to(torch.float32)).sum(dim=1, keepdim=True) + self.bias
            return torch.cat([-score, score], dim=1)

    torch.jit.script(BagOfKnownWords()).save(os.path.join(directory, "model.pt"))
    source = os.path.join(os.path.dirname(directory), "rm-tiny")
    for name in ("tokenizer.json", "fixture.json"):
        shutil.copyfile(os.path.join(source, name), os.path.join(directory, name))
    with open(os.path.join(source, "model.json"), encoding="utf-8") as model_json:
        settings = json.load(model_json)
    settings.update({"model_id": "rm-tiny-pt", "engine": "PyTorch", "model_file": "model.pt"})
    write_json(os.path.join(directory, "model.json"), settings)


def write_json(path, value):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        json.dump(value, out, indent=2, sort_keys=True, ensure_ascii=False)
        out.write("\n")


def main(root, torchscript):
    vocab = vocabulary()
    builds = [("rm-tiny", reward_model), ("lm-tiny", language_model)]
    if torchscript:
        builds.append(("rm-tiny-pt", torchscript_reward_model))
    for name, build in builds:
        directory = os.path.join(root, name)
        os.makedirs(directory, exist_ok=True)
        build(vocab, directory)
        print("wrote", directory)


BENCH_SEED = 7
BENCH_WIDTH = 256
BENCH_HIDDEN = 1024
BENCH_MAX_LENGTH = 512
BENCH_VOCAB = 8192
# The Whitespace pre-tokenizer of tokenizers: runs of word characters, or of other non-space characters.
PRE_TOKENS = re.compile(r"\w+|[^\w\s]+")


def bench_flops_per_token(width=BENCH_WIDTH, hidden=BENCH_HIDDEN):
    """Multiply-adds of the two per-token MatMuls, counted as 2 FLOPs each (biases, ReLU and pooling left out)."""
    return 2 * (width * hidden + hidden * width)


def text_lines(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                yield line
                continue
            if isinstance(record, dict):
                yield " ".join(value for value in record.values() if isinstance(value, str))
            elif isinstance(record, str):
                yield record


def bench_vocabulary(size, source):
    """Specials first, then the most frequent words of source (ties by the word itself), or placeholders."""
    words = list(SPECIALS)
    if source:
        counts = Counter()
        for line in text_lines(source):
            counts.update(PRE_TOKENS.findall(line))
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        words += [word for word, _ in ranked if word not in SPECIALS][:size - len(words)]
    else:
        words += [word for word in DIGITS + FILLER + sorted(GOOD) + sorted(BAD)]
    words += ["tok%05d" % n for n in range(size - len(words))]
    return {word: index for index, word in enumerate(words)}


def bench_reward_model(directory, vocab_size, source):
    vocab = bench_vocabulary(vocab_size, source)
    rng = np.random.default_rng(BENCH_SEED)

    def normal(shape, fan_in):
        return (rng.standard_normal(shape) / np.sqrt(fan_in)).astype(np.float32)

    width, hidden = BENCH_WIDTH, BENCH_HIDDEN
    initializers = [
        numpy_helper.from_array(normal((len(vocab), width), 1), "embedding"),
        numpy_helper.from_array(normal((width, hidden), width), "w_up"),
        numpy_helper.from_array(np.zeros(hidden, dtype=np.float32), "b_up"),
        numpy_helper.from_array(normal((hidden, width), hidden), "w_down"),
        numpy_helper.from_array(np.zeros(width, dtype=np.float32), "b_down"),
        numpy_helper.from_array(normal((width, 1), width), "w_head"),
        numpy_helper.from_array(np.array([0.1], dtype=np.float32), "b_head"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis_1"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "axis_2"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
    ]
    nodes = [
        helper.make_node("Gather", ["embedding", "input_ids"], ["embedded"], axis=0),      # [b, t, d]
        helper.make_node("MatMul", ["embedded", "w_up"], ["up_raw"]),                      # [b, t, 4d]
        helper.make_node("Add", ["up_raw", "b_up"], ["up_biased"]),
        helper.make_node("Relu", ["up_biased"], ["up"]),
        helper.make_node("MatMul", ["up", "w_down"], ["down_raw"]),                        # [b, t, d]
        helper.make_node("Add", ["down_raw", "b_down"], ["down"]),
        helper.make_node("Add", ["embedded", "down"], ["hidden"]),                         # residual
        helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT),      # [b, t]
        helper.make_node("Unsqueeze", ["mask", "axis_2"], ["mask_column"]),                # [b, t, 1]
        helper.make_node("Mul", ["hidden", "mask_column"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis_1"], ["summed"], keepdims=0),       # [b, d]
        helper.make_node("ReduceSum", ["mask", "axis_1"], ["count_raw"], keepdims=1),      # [b, 1]
        helper.make_node("Max", ["count_raw", "one"], ["count"]),                          # an all-pad row divides by 1
        helper.make_node("Div", ["summed", "count"], ["pooled"]),
        helper.make_node("MatMul", ["pooled", "w_head"], ["head"]),                        # [b, 1]
        helper.make_node("Add", ["head", "b_head"], ["logits"]),
    ]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 1])]
    graph = helper.make_graph(nodes, "rm-bench", ids_and_mask_inputs(), outputs, initializers)
    flops = bench_flops_per_token()
    description = ("RewardLake benchmark model (random weights, seed %d): embedding %d x %d, feed-forward %d -> %d ->"
                   " %d with residual, masked mean pooling, linear head; %d FLOPs per token in the MatMuls"
                   % (BENCH_SEED, len(vocab), width, width, hidden, width, flops))
    os.makedirs(directory, exist_ok=True)
    save(graph, os.path.join(directory, "model.onnx"), description)
    write_json(os.path.join(directory, "tokenizer.json"), tokenizer_json(vocab, ["[CLS]", "$A", "[SEP]"]))
    write_json(os.path.join(directory, "model.json"), {
        "format": "rewardlake-model-v1",
        "family": "djl",
        "model_id": "rm-bench",
        "description": description,
        "source": "make_djl_fixtures.py --bench" + (" --vocab-from " + os.path.basename(source) if source else ""),
        "engine": "OnnxRuntime",
        "model_file": "model.onnx",
        "tokenizer_file": "tokenizer.json",
        "inputs": {"input_ids": "input_ids", "attention_mask": "attention_mask"},
        "reward_logit": 0,
        "max_length": BENCH_MAX_LENGTH,
        "prompt_format": "{prompt}\n\nAssistant: {response}",
        "batch_size": 16,
        "device": "auto"})
    print("wrote", directory, "(%d tokens in the vocabulary, %d FLOPs per token)" % (len(vocab), flops))


def arguments():
    parser = argparse.ArgumentParser(description="Writes RewardLake's DJL test fixtures, or the benchmark model.")
    parser.add_argument("output", nargs="?", help="directory for the committed fixtures rm-tiny and lm-tiny")
    parser.add_argument("--bench", metavar="DIR", help="write the benchmark model rm-bench into DIR instead")
    parser.add_argument("--torchscript", action="store_true", help="also write rm-tiny-pt (needs python3-torch)")
    parser.add_argument("--vocab-from", metavar="FILE", help="text or .jsonl(.gz) whose frequent words are rm-bench's"
                        " vocabulary")
    parser.add_argument("--vocab-size", type=int, default=BENCH_VOCAB, help="rm-bench's vocabulary size")
    args = parser.parse_args()
    if (args.output is None) == (args.bench is None):
        parser.error("give either OUTPUT_DIRECTORY (fixtures) or --bench DIR")
    if args.bench is None and args.vocab_from:
        parser.error("--vocab-from applies to --bench only")
    if args.vocab_size <= len(SPECIALS):
        parser.error("--vocab-size must exceed the %d special tokens" % len(SPECIALS))
    return args


if __name__ == "__main__":
    ARGS = arguments()
    if ARGS.bench:
        bench_reward_model(ARGS.bench, ARGS.vocab_size, ARGS.vocab_from)
    else:
        main(ARGS.output, ARGS.torchscript)
