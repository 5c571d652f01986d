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
"""
import json
import os
import sys

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


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "--torchscript"]
    if len(arguments) != 1:
        sys.exit("usage: make_djl_fixtures.py [--torchscript] OUTPUT_DIRECTORY")
    main(arguments[0], "--torchscript" in sys.argv[1:])
