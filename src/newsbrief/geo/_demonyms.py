"""Demonyms that point an article to a country ("French officials" -> FR), used only as a hint."""

from __future__ import annotations

__all__ = ["DEMONYMS"]

DEMONYMS: dict[str, str] = {
    "afghan": "AF", "american": "US", "argentine": "AR", "argentinian": "AR", "australian": "AU",
    "austrian": "AT", "belgian": "BE", "brazilian": "BR", "british": "GB", "canadian": "CA", "chilean": "CL",
    "chinese": "CN", "colombian": "CO", "cuban": "CU", "czech": "CZ", "danish": "DK", "dutch": "NL",
    "egyptian": "EG", "english": "GB", "ethiopian": "ET", "filipino": "PH", "finnish": "FI", "french": "FR",
    "german": "DE", "greek": "GR", "hungarian": "HU", "indian": "IN", "indonesian": "ID", "iranian": "IR",
    "iraqi": "IQ", "irish": "IE", "israeli": "IL", "italian": "IT", "japanese": "JP", "jordanian": "JO",
    "kenyan": "KE", "lebanese": "LB", "mexican": "MX", "moroccan": "MA", "nigerian": "NG", "north korean": "KP",
    "norwegian": "NO", "pakistani": "PK", "palestinian": "PS", "peruvian": "PE", "polish": "PL",
    "portuguese": "PT", "romanian": "RO", "russian": "RU", "saudi": "SA", "scottish": "GB", "south african": "ZA",
    "south korean": "KR", "spanish": "ES", "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW",
    "thai": "TH", "turkish": "TR", "ukrainian": "UA", "venezuelan": "VE", "vietnamese": "VN", "welsh": "GB",
    "yemeni": "YE",
}
